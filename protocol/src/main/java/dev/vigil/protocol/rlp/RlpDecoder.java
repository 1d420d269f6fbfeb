package dev.vigil.protocol.rlp;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.RlpItem.RlpList;
import dev.vigil.protocol.rlp.RlpItem.RlpString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strict decoder behind {@link Rlp#decode}. Iterative (an explicit stack of
 * open lists) so that deeply nested input cannot overflow the thread's stack.
 */
final class RlpDecoder {
  private static final String TOO_LONG = "rlp: value size exceeds available input length";
  private static final String NON_CANONICAL = "rlp: non-canonical size information";

  /** One item's prefix: where its payload starts and ends, and its kind. */
  private record Header(boolean list, int start, int end) {}

  /** A list being filled: its payload ends at {@code end}. */
  private record Open(int end, List<RlpItem> items) {}

  private RlpDecoder() {}

  static RlpItem decode(byte[] in) throws RlpException {
    if (in.length == 0) {
      throw new RlpException("rlp: empty input");
    }
    ArrayDeque<Open> open = new ArrayDeque<>();
    int pos = 0;
    while (true) {
      if (!open.isEmpty() && pos == open.peek().end()) {
        RlpItem done = new RlpList(open.pop().items());
        if (open.isEmpty()) {
          return whole(done, pos, in.length);
        }
        open.peek().items().add(done);
        continue;
      }
      Header h = header(in, pos, open.isEmpty() ? in.length : open.peek().end());
      if (h.list()) {
        open.push(new Open(h.end(), new ArrayList<>()));
        pos = h.start();
        continue;
      }
      RlpItem s = new RlpString(Bytes.wrap(Arrays.copyOfRange(in, h.start(), h.end())));
      pos = h.end();
      if (open.isEmpty()) {
        return whole(s, pos, in.length);
      }
      open.peek().items().add(s);
    }
  }

  private static RlpItem whole(RlpItem item, int pos, int length) throws RlpException {
    if (pos != length) {
      throw new RlpException("rlp: input contains more than one value");
    }
    return item;
  }

  /** Reads the prefix at {@code pos}; the whole item must end by {@code limit}. */
  private static Header header(byte[] in, int pos, int limit) throws RlpException {
    int b = in[pos] & 0xff;
    if (b < 0x80) {
      return new Header(false, pos, pos + 1);
    }
    boolean list = b >= 0xc0;
    int small = b - (list ? 0xc0 : 0x80);
    if (small <= 55) {
      int start = pos + 1;
      if (small > limit - start) {
        throw new RlpException(TOO_LONG);
      }
      if (!list && small == 1 && (in[start] & 0xff) < 0x80) {
        throw new RlpException(NON_CANONICAL);
      }
      return new Header(list, start, start + small);
    }
    int lenOfLen = small - 55;
    int start = pos + 1 + lenOfLen;
    if (lenOfLen > limit - pos - 1) {
      throw new RlpException(TOO_LONG);
    }
    if (in[pos + 1] == 0) {
      throw new RlpException(NON_CANONICAL);
    }
    long len = 0;
    for (int i = pos + 1; i < start; i++) {
      len = (len << 8) | (in[i] & 0xff);
      if (len > limit - start) {
        throw new RlpException(TOO_LONG);
      }
    }
    if (len <= 55) {
      throw new RlpException(NON_CANONICAL);
    }
    return new Header(list, start, start + (int) len);
  }
}

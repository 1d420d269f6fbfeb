package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.verifier.fraud.ProofRecord;
import dev.vigil.verifier.fraud.ProofStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * <pre>
 * u8(version) || u64(batchIndex) || u32(entryIndex) || b32(batchTx) || u64(batchL1Block)
 *   || b32(entriesRoot) || b32(rootsRoot) || u8(status) || u8(hasProofTx) || b32(proofTx or 0)
 *   || u64(proofL1Block) || u64(gasUsed) || utf8(detail)
 * </pre>
 */
final class ProofRecordCodec {
  private static final int VERSION = 1;
  private static final int FIXED = 1 + 8 + 4 + 32 + 8 + 32 + 32 + 1 + 1 + 32 + 8 + 8;

  private ProofRecordCodec() {}

  static Bytes encode(ProofRecord r) {
    byte[] detail = r.detail().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(FIXED + detail.length).put((byte) VERSION);
    b.putLong(r.batchIndex()).putInt(r.entryIndex()).put(r.batchTx().unsafeArray());
    b.putLong(r.batchL1Block()).put(r.entriesRoot().unsafeArray()).put(r.rootsRoot().unsafeArray());
    b.put((byte) r.status().ordinal()).put((byte) (r.proofTx().isPresent() ? 1 : 0));
    b.put(r.proofTx().orElse(Bytes32.ZERO).unsafeArray());
    b.putLong(r.proofL1Block()).putLong(r.gasUsed()).put(detail);
    return Bytes.wrap(b.array());
  }

  static ProofRecord decode(Bytes bytes) {
    if (bytes.length() < FIXED || bytes.getUnsigned(0) != VERSION) {
      throw new IllegalArgumentException("not a version-" + VERSION + " proof record: " + bytes);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.toArray(), 1, bytes.length() - 1);
    long batchIndex = b.getLong();
    int entryIndex = b.getInt();
    Bytes32 batchTx = word(b);
    long batchL1Block = b.getLong();
    Bytes32 entriesRoot = word(b);
    Bytes32 rootsRoot = word(b);
    int code = b.get() & 0xff;
    if (code >= ProofStatus.values().length) {
      throw new IllegalArgumentException("unknown proof status " + code + " in " + bytes);
    }
    ProofStatus status = ProofStatus.values()[code];
    boolean hasTx = b.get() != 0;
    Bytes32 tx = word(b);
    long proofL1Block = b.getLong();
    long gasUsed = b.getLong();
    byte[] detail = new byte[b.remaining()];
    b.get(detail);
    return new ProofRecord(batchIndex, entryIndex, batchTx, batchL1Block, entriesRoot, rootsRoot,
        status, hasTx ? Optional.of(tx) : Optional.empty(), proofL1Block, gasUsed,
        new String(detail, StandardCharsets.UTF_8));
  }

  private static Bytes32 word(ByteBuffer b) {
    byte[] w = new byte[32];
    b.get(w);
    return Bytes32.wrap(w);
  }
}

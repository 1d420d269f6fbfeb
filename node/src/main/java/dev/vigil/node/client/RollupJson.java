package dev.vigil.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shapes of the {@code rollup_} answers: counts, indices, block numbers and timestamps
 * are JSON numbers, amounts hex quantities, hashes and roots 0x-hex (docs/rpc.md).
 */
final class RollupJson {
  private RollupJson() {}

  static RollupStatus status(JsonNode n) {
    return new RollupStatus(number(n, "l2Head"), word(n, "l2HeadHash"), number(n, "safeBlock"),
        number(n, "finalizedBlock"), number(n, "batchCount"), number(n, "queueConsumed"),
        number(n, "queueLength"));
  }

  static BatchInfo batch(JsonNode n) {
    JsonNode tx = n.get("l1TxHash");
    Optional<Bytes32> l1Tx = tx == null || tx.isNull() ? Optional.empty()
        : Optional.of(Bytes32.fromHex(tx.asText()));
    return new BatchInfo(number(n, "index"), l1Tx, number(n, "firstBlock"), number(n, "lastBlock"),
        number(n, "entryCount"), word(n, "postStateRoot"), word(n, "entriesRoot"),
        word(n, "rootsRoot"), number(n, "queueStart"), number(n, "queueEnd"),
        number(n, "appendedAt"), field(n, "finalized").asBoolean());
  }

  static WithdrawalProof withdrawalProof(JsonNode n) {
    List<Bytes32> siblings = new ArrayList<>();
    field(n, "siblings").forEach(s -> siblings.add(Bytes32.fromHex(s.asText())));
    return new WithdrawalProof(number(n, "index"), Address.fromHex(field(n, "token").asText()),
        Address.fromHex(field(n, "recipient").asText()), quantity(field(n, "amount")),
        number(n, "l2Block"), number(n, "batchIndex"), word(n, "stateRoot"), siblings,
        field(n, "finalized").asBoolean());
  }

  static BigInteger quantity(JsonNode n) {
    String hex = n == null ? "" : n.asText();
    if (!hex.startsWith("0x") || hex.length() < 3) {
      throw new IllegalArgumentException("not a hex quantity: " + hex);
    }
    return new BigInteger(hex.substring(2), 16);
  }

  private static long number(JsonNode n, String name) {
    JsonNode v = field(n, name);
    if (!v.canConvertToLong()) {
      throw new IllegalArgumentException(name + " is not a number: " + v);
    }
    return v.asLong();
  }

  private static Bytes32 word(JsonNode n, String name) {
    return Bytes32.fromHex(field(n, name).asText());
  }

  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n == null ? null : n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field " + name);
    }
    return v;
  }
}

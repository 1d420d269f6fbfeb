package dev.vigil.protocol.tx;

import static dev.vigil.protocol.tx.TxFixtures.BOB;
import static dev.vigil.protocol.tx.TxFixtures.CHAIN_ID;
import static dev.vigil.protocol.tx.TxFixtures.GWEI;
import static dev.vigil.protocol.tx.TxFixtures.KEY_A;
import static dev.vigil.protocol.tx.TxFixtures.TOKEN;
import static dev.vigil.protocol.tx.TxFixtures.dirty;
import static dev.vigil.protocol.tx.TxFixtures.transfer;
import static dev.vigil.protocol.tx.TxFixtures.withdrawEth;
import static dev.vigil.protocol.tx.TxFixtures.withdrawToken;
import static dev.vigil.protocol.tx.TxFixtures.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per row of docs/protocol.md 3.2 (and its near misses), plus dirty ABI address words. */
class TxClassifierTest {
  private static final Address BRIDGE = TxClassifier.L2_BRIDGE;
  private static final Address L1_RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000000e1");
  private static final BigInteger AMOUNT = BigInteger.valueOf(1234);

  private static TxKind classify(Optional<Address> to, BigInteger value, String dataHex) {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, GWEI, GWEI, 100_000, to, value, Bytes.fromHex(dataHex));
    return TxClassifier.classify(assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(raw)).tx());
  }

  private static Arguments row(String name, Optional<Address> to, long value, String data, TxKind expected) {
    return Arguments.of(name, to, BigInteger.valueOf(value), data, expected);
  }

  static Stream<Arguments> rows() {
    Optional<Address> bridge = Optional.of(BRIDGE);
    Optional<Address> bob = Optional.of(BOB);
    Optional<Address> token = Optional.of(TOKEN);
    TxKind unknownBridge = new TxKind.Unsupported("unknown call to the L2 bridge");
    TxKind unknown = new TxKind.Unsupported("unknown calldata");
    return Stream.of(
        row("to empty: contract creation", Optional.empty(), 0, "", new TxKind.Unsupported("contract creation")),
        row("to empty with withdrawEth data", Optional.empty(), 5, withdrawEth(L1_RECIPIENT),
            new TxKind.Unsupported("contract creation")),
        row("withdrawEth", bridge, 5, withdrawEth(L1_RECIPIENT), new TxKind.EthWithdrawal(L1_RECIPIENT, BigInteger.valueOf(5))),
        row("withdrawEth of value 0", bridge, 0, withdrawEth(L1_RECIPIENT), new TxKind.EthWithdrawal(L1_RECIPIENT, BigInteger.ZERO)),
        row("withdrawEth with a byte too many", bridge, 5, withdrawEth(L1_RECIPIENT) + "00", unknownBridge),
        row("withdrawEth with a byte too few", bridge, 5, withdrawEth(L1_RECIPIENT).substring(2), unknownBridge),
        row("withdrawToken", bridge, 0, withdrawToken(TOKEN, L1_RECIPIENT, AMOUNT),
            new TxKind.TokenWithdrawal(TOKEN, L1_RECIPIENT, AMOUNT)),
        row("withdrawToken with value", bridge, 1, withdrawToken(TOKEN, L1_RECIPIENT, AMOUNT), unknownBridge),
        row("withdrawToken with a byte too many", bridge, 0, withdrawToken(TOKEN, L1_RECIPIENT, AMOUNT) + "00", unknownBridge),
        row("bridge, empty data", bridge, 5, "", unknownBridge),
        row("bridge, transfer data", bridge, 0, transfer(BOB, AMOUNT), unknownBridge),
        row("data empty: ETH transfer", bob, 7, "", new TxKind.EthTransfer(BOB, BigInteger.valueOf(7))),
        row("ETH transfer of 0", bob, 0, "", new TxKind.EthTransfer(BOB, BigInteger.ZERO)),
        row("transfer to a token address", token, 0, transfer(BOB, AMOUNT), new TxKind.TokenTransfer(TOKEN, BOB, AMOUNT)),
        row("transfer with value", token, 1, transfer(BOB, AMOUNT), unknown),
        row("transfer with a byte too many", token, 0, transfer(BOB, AMOUNT) + "00", unknown),
        row("transfer with a byte too few", token, 0, transfer(BOB, AMOUNT).substring(2), unknown),
        row("unknown selector", token, 0, "deadbeef" + word(BOB) + word(AMOUNT), unknown),
        row("withdrawEth sent elsewhere", bob, 5, withdrawEth(L1_RECIPIENT), unknown),
        row("dirty withdrawEth recipient, first byte", bridge, 5, dirty(withdrawEth(L1_RECIPIENT), 4), unknownBridge),
        row("dirty withdrawEth recipient, 12th byte", bridge, 5, dirty(withdrawEth(L1_RECIPIENT), 15), unknownBridge),
        row("dirty withdrawToken token", bridge, 0, dirty(withdrawToken(TOKEN, L1_RECIPIENT, AMOUNT), 4), unknownBridge),
        row("dirty withdrawToken recipient", bridge, 0, dirty(withdrawToken(TOKEN, L1_RECIPIENT, AMOUNT), 47), unknownBridge),
        row("dirty transfer recipient", token, 0, dirty(transfer(BOB, AMOUNT), 4), unknown),
        row("dirty transfer recipient, 12th byte", token, 0, dirty(transfer(BOB, AMOUNT), 15), unknown));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void classifies(String name, Optional<Address> to, BigInteger value, String data, TxKind expected) {
    assertEquals(expected, classify(to, value, data));
  }

  @Test
  void amountsAreFullUint256Words() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    assertEquals(new TxKind.TokenTransfer(TOKEN, BOB, max), classify(Optional.of(TOKEN), BigInteger.ZERO, transfer(BOB, max)));
  }

  @Test
  void gasIsFixedPerKind() {
    assertEquals(21_000, new TxKind.EthTransfer(BOB, BigInteger.ONE).gas());
    assertEquals(50_000, new TxKind.TokenTransfer(TOKEN, BOB, BigInteger.ONE).gas());
    assertEquals(60_000, new TxKind.EthWithdrawal(BOB, BigInteger.ONE).gas());
    assertEquals(80_000, new TxKind.TokenWithdrawal(TOKEN, BOB, BigInteger.ONE).gas());
    assertEquals(21_000, new TxKind.Unsupported("x").gas());
  }
}

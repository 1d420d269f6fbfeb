package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Transactions signed by web3j (an independent encoder and signer) decode to
 * the fields web3j was given, hash to keccak(raw) and recover web3j's sender;
 * our signer produces web3j's bytes exactly (both use RFC 6979).
 */
class TxWeb3jCrossCheckTest {
  private static final int ROUNDS = 60;

  /** The inputs of one random transaction. */
  private record Params(BigInteger key, long chainId, long nonce, BigInteger price, BigInteger tip,
      long gasLimit, Optional<Address> to, BigInteger value, Bytes data) {

    static Params random(Random rnd) {
      BigInteger key = new BigInteger(256, rnd).mod(Secp256k1.N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
      Optional<Address> to = rnd.nextInt(8) == 0 ? Optional.empty() : Optional.of(new Address(bytes(rnd, 20)));
      return new Params(key, 1 + rnd.nextInt(1 << 30), rnd.nextLong(), new BigInteger(rnd.nextInt(257), rnd),
          new BigInteger(rnd.nextInt(257), rnd), rnd.nextLong(), to, new BigInteger(rnd.nextInt(257), rnd),
          bytes(rnd, rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(300)));
    }

    String toHex() {
      return to.map(Address::toHex).orElse("");
    }
  }

  private static Bytes bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return Bytes.wrap(b);
  }

  private static BigInteger unsigned(long v) {
    return new BigInteger(Long.toUnsignedString(v));
  }

  @Test
  void legacyEip155TransactionsAgreeWithWeb3j() throws Exception {
    Random rnd = new Random(155);
    for (int i = 0; i < ROUNDS; i++) {
      Params p = Params.random(rnd);
      Credentials creds = Credentials.create(ECKeyPair.create(p.key()));
      RawTransaction w = RawTransaction.createTransaction(unsigned(p.nonce()), p.price(), unsigned(p.gasLimit()),
          p.toHex(), p.value(), p.data().toHex());
      Bytes raw = Bytes.wrap(TransactionEncoder.signMessage(w, p.chainId(), creds));
      SignedTx tx = decodeAndCheck(raw, p, creds);
      assertEquals(TxType.LEGACY, tx.type());
      assertEquals(p.price(), tx.gasPrice());
      assertEquals(raw, TxSigner.signLegacy(p.key(), p.chainId(), p.nonce(), p.price(), p.gasLimit(), p.to(),
          p.value(), p.data()));
    }
  }

  @Test
  void eip1559TransactionsAgreeWithWeb3j() throws Exception {
    Random rnd = new Random(1559);
    for (int i = 0; i < ROUNDS; i++) {
      Params p = Params.random(rnd);
      Credentials creds = Credentials.create(ECKeyPair.create(p.key()));
      RawTransaction w = RawTransaction.createTransaction(p.chainId(), unsigned(p.nonce()), unsigned(p.gasLimit()),
          p.toHex(), p.value(), p.data().toHex(), p.tip(), p.price());
      Bytes raw = Bytes.wrap(TransactionEncoder.signMessage(w, creds));
      SignedTx tx = decodeAndCheck(raw, p, creds);
      assertEquals(TxType.EIP1559, tx.type());
      assertEquals(p.tip(), tx.maxPriorityFeePerGas());
      assertEquals(p.price(), tx.maxFeePerGas());
      assertEquals(raw, TxSigner.signEip1559(p.key(), p.chainId(), p.nonce(), p.tip(), p.price(), p.gasLimit(),
          p.to(), p.value(), p.data()));
    }
  }

  @Test
  void aNonEmptyAccessListIsHashedAsReceived() throws Exception {
    Random rnd = new Random(2930);
    Params p = Params.random(rnd);
    Credentials creds = Credentials.create(ECKeyPair.create(p.key()));
    List<AccessListObject> accessList = List.of(
        new AccessListObject(TxFixtures.TOKEN.toHex(), List.of("0x" + "00".repeat(31) + "01", "0x" + "ab".repeat(32))),
        new AccessListObject(TxFixtures.BOB.toHex(), List.of()));
    RawTransaction w = RawTransaction.createTransaction(p.chainId(), unsigned(p.nonce()), unsigned(p.gasLimit()),
        p.toHex(), p.value(), p.data().toHex(), p.tip(), p.price(), accessList);
    Bytes raw = Bytes.wrap(TransactionEncoder.signMessage(w, creds));
    decodeAndCheck(raw, p, creds);
  }

  @Test
  void web3jReadsTheSenderOfOurSignatures() throws Exception {
    Bytes raw = TxFixtures.eip1559Transfer();
    SignedRawTransaction w = (SignedRawTransaction) org.web3j.crypto.TransactionDecoder.decode(raw.toHex());
    assertEquals(TxSigner.address(TxFixtures.KEY_A).toHex(), w.getFrom());
    assertEquals(TxFixtures.CHAIN_ID,
        ((org.web3j.crypto.transaction.type.Transaction1559) w.getTransaction()).getChainId());
    SignedRawTransaction l = (SignedRawTransaction) org.web3j.crypto.TransactionDecoder.decode(
        TxFixtures.legacyTransfer().toHex());
    assertEquals(TxSigner.address(TxFixtures.KEY_A).toHex(), l.getFrom());
    assertEquals(TxFixtures.CHAIN_ID, l.getChainId());
  }

  private static SignedTx decodeAndCheck(Bytes raw, Params p, Credentials creds) {
    SignedTx tx = assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(raw), raw.toHex()).tx();
    assertEquals(p.chainId(), tx.chainId());
    assertEquals(p.nonce(), tx.nonce());
    assertEquals(p.gasLimit(), tx.gasLimit());
    assertEquals(p.to(), tx.to());
    assertEquals(p.value(), tx.value());
    assertEquals(p.data(), tx.data());
    assertEquals(raw, tx.raw());
    assertEquals(Numeric.toHexString(Hash.sha3(raw.toArray())), tx.hash().toHex());
    assertEquals(Optional.of(Address.fromHex(creds.getAddress())), SenderRecovery.recover(tx));
    return tx;
  }
}

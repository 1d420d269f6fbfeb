package dev.vigil.node.storage;

/** A store failed to open, read or write; the message names the store. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}

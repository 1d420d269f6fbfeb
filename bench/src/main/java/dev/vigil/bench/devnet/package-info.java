/**
 * A whole devnet (the one `./vigil devnet` brings up, on free ports) timed from the outside:
 * bring-up to the first funded L2 account, deposit to L2 credit, and a full withdrawal cycle
 * through the challenge window.
 */
package dev.vigil.bench.devnet;

/**
 * JSON-RPC 2.0 plumbing shared by the sequencer's API and the verifier's
 * read-only replica: the transport-independent {@link dev.vigil.node.rpc.JsonRpcDispatcher}
 * (single and batch requests, notifications, the error codes), the HTTP
 * transport {@link dev.vigil.node.rpc.JsonRpcServer}, and the strict parameter
 * parsing ({@link dev.vigil.node.rpc.Params}, {@link dev.vigil.node.rpc.Quantity},
 * {@link dev.vigil.node.rpc.HexData}). The methods themselves live in the services.
 */
package dev.vigil.node.rpc;

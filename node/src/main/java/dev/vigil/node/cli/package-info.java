/** Command-line parsing shared by the node processes (sequencer, verifier). */
package dev.vigil.node.cli;

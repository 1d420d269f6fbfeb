/** Where the repository, the npm-installed L1 toolchain and the compiled contracts are. */
package dev.vigil.devnet.tools;

/** Parallel processing of long inputs with bounded memory. Not API. */
package dev.accords.internal.batch;

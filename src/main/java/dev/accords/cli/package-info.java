/** The {@code accords} command line; not API. */
package dev.accords.cli;

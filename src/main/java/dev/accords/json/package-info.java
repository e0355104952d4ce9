/**
 * JSON reading and writing of the model in the corpus schema: snake_case keys, ISO dates, ISO 4217
 * currency codes, money values as exact JSON numbers.
 *
 * <p>This package needs Jackson ({@code com.fasterxml.jackson.core:jackson-databind}) on the class
 * path; Accords declares it as an optional dependency, so add it to your build to use this package.
 * The model and the parsers work without it. Start with {@link dev.accords.json.AccordsJson}; to plug
 * the model into an {@code ObjectMapper} of your own, register {@link
 * dev.accords.json.AccordsJson#module()}.
 */
package dev.accords.json;

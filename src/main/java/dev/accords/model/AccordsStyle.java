package dev.accords.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** Immutables settings for every model type; package-private, so it never shows in the API. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE, // ImmutableX stays out of the API
        overshadowImplementation = true, // build() returns the interface type
        jdkOnly = true, // no Guava in generated code, whatever the class path holds
        jdk9Collections = true, // List.copyOf-style lists, nulls rejected
        allowedClasspathAnnotations = {Override.class}, // generated code does not vary with the class path
        defaults = @Value.Immutable(copy = false), // copy via X.builder().from(x)
        optionalAcceptNullable = true, // builder.venue(maybeNull) reads "not stated"
        depluralize = true, // addAlias, addParty, addHost, addSpan
        depluralizeDictionary = {"alias:aliases", "person:people", "party:parties", "host:hosts"})
@interface AccordsStyle {}

/**
 * Shared kernel: the clock, problem details for errors, request limits and the
 * {@code /health} endpoint. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.tocsin.platform;

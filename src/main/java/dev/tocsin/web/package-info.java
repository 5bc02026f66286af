/** The web UI's shell: sign-in, layout, page helpers. Each module keeps its own pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.tocsin.web;

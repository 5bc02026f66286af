/** People, teams, roles, API tokens and sign-in. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.tocsin.identity;

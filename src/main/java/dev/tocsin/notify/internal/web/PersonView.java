package dev.tocsin.notify.internal.web;

import java.util.List;

/**
 * A person as the People page shows them: who they are and how a level that reaches them pages
 * them, in words ("email at once, then sms after 5 min"), or why it cannot.
 */
record PersonView(String username, String name, String organization, String title, List<Method> methods,
        String paging, boolean pageable) {

    /** One contact method; {@code usable} is false when this server has no channel for its type. */
    record Method(String type, String label, String address, boolean usable) {
    }
}

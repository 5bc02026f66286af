package dev.tocsin.oncall.internal;

/**
 * The paths of the calendar feeds as their keys sign them: decoded, without host or query, so a
 * link checks wherever the server is reached from and whatever window it asks for.
 */
final class FeedPaths {

    private FeedPaths() {
    }

    static String schedule(String slug) {
        return "/api/v1/schedules/" + slug + "/calendar.ics";
    }

    static String user(String username) {
        return "/api/v1/users/" + username + "/calendar.ics";
    }
}

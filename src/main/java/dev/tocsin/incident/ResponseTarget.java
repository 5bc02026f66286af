package dev.tocsin.incident;

import dev.tocsin.catalog.Organization;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** How soon a severity must be responded to: a fixed time, or by the next business day. */
public sealed interface ResponseTarget {

    Instant dueAfter(Instant detectedAt, Organization organization);

    /** As stored and as written in YAML: an ISO-8601 duration, or NEXT_BUSINESS_DAY. */
    String code();

    /** For people: "15 minutes", "1 hour", "next business day". */
    String label();

    /** For sentences: "within 15 minutes", "by the next business day". */
    default String phrase() {
        return this instanceof NextBusinessDay ? "by the next business day" : "within " + label();
    }

    static ResponseTarget parse(String code) {
        return NextBusinessDay.CODE.equalsIgnoreCase(code.replace('-', '_').replace(' ', '_'))
                ? new NextBusinessDay()
                : new Within(Duration.parse(code));
    }

    record Within(Duration duration) implements ResponseTarget {

        @Override
        public Instant dueAfter(Instant detectedAt, Organization organization) {
            return detectedAt.plus(duration);
        }

        @Override
        public String code() {
            return duration.toString();
        }

        @Override
        public String label() {
            long minutes = duration.toMinutes();
            if (minutes % 60 != 0) {
                return minutes + (minutes == 1 ? " minute" : " minutes");
            }
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
    }

    /**
     * Due at the end of the next business day (Monday to Friday, the organization's business
     * hours and time zone) after detection. Holidays are not yet known here.
     */
    record NextBusinessDay() implements ResponseTarget {

        static final String CODE = "NEXT_BUSINESS_DAY";

        @Override
        public Instant dueAfter(Instant detectedAt, Organization organization) {
            LocalDate day = detectedAt.atZone(organization.timeZone()).toLocalDate().plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return ZonedDateTime.of(day, organization.businessDayEnd(), organization.timeZone()).toInstant();
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String label() {
            return "next business day";
        }
    }
}

package dev.tocsin.platform;

import java.util.Map;

public record CheckResult(boolean up, Map<String, Object> details) {

    public static CheckResult up(Map<String, Object> details) {
        return new CheckResult(true, details);
    }

    public static CheckResult down(Map<String, Object> details) {
        return new CheckResult(false, details);
    }

    public String status() {
        return up ? "UP" : "DOWN";
    }
}

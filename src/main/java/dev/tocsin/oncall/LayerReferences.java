package dev.tocsin.oncall;

import java.util.List;

/**
 * What names a schedule's layer from outside this module (an escalation policy's on-call target
 * does), so that replacing a schedule over the API cannot drop or rename a layer still in use: the
 * level would then reach nobody, silently. The modules that name layers implement it, since this
 * one cannot depend on them.
 */
public interface LayerReferences {

    /**
     * What names {@code layer} of {@code schedule}, as a person reads it ("escalation policy
     * crm-platform, level '1 on-call engineer'"); empty when nothing does.
     */
    List<String> to(String schedule, String layer);
}

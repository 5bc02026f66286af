package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.LayerReferences;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A schedule replaced over the API keeps every layer something still names ({@link LayerReferences}). */
@Component
public class LayersInUse {

    private final ObjectProvider<LayerReferences> references;

    LayersInUse(ObjectProvider<LayerReferences> references) {
        this.references = references;
    }

    /** A 409 naming the first layer of {@code before} that {@code after} drops while something names it. */
    public void requireKept(StoredSchedule before, StoredSchedule after) {
        Set<String> kept = after.schedule().layers().stream().map(Layer::name).collect(Collectors.toSet());
        for (Layer layer : before.schedule().layers()) {
            if (kept.contains(layer.name())) {
                continue;
            }
            List<String> users = references.orderedStream()
                    .flatMap(r -> r.to(before.slug(), layer.name()).stream()).toList();
            if (!users.isEmpty()) {
                throw Problem.conflict("layer-in-use", "Layer in use", "Schedule " + before.slug()
                        + " would lose its layer '" + layer.name() + "', which " + String.join(" and ", users)
                        + " targets: that level would then reach nobody. Point it at another layer first "
                        + "(PUT /api/v1/escalation-policies/{slug}), or keep the layer.", Map.of("layer", layer.name()));
            }
        }
    }
}

package dev.tocsin.oncall;

import dev.tocsin.oncall.internal.LayersInUse;
import dev.tocsin.oncall.internal.ScheduleReferences;
import dev.tocsin.oncall.internal.ScheduleRepository;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for stored schedules: {@code save} is configuration as code's (its folder was
 * checked as a whole); {@code create} and {@code update} are the API's, and check each schedule.
 */
@Component
public class Schedules {

    private final ScheduleRepository repository;
    private final ScheduleReferences references;
    private final LayersInUse layersInUse;

    Schedules(ScheduleRepository repository, ScheduleReferences references, LayersInUse layersInUse) {
        this.repository = repository;
        this.references = references;
        this.layersInUse = layersInUse;
    }

    /** Inserts, or replaces as a whole the schedule with that slug; its participants must be known users. */
    @Transactional
    public void save(StoredSchedule schedule) {
        repository.save(schedule);
    }

    /** A new schedule: 409 when the slug is taken, 422 for an unknown organization or person. */
    @Transactional
    public StoredSchedule create(StoredSchedule schedule) {
        if (repository.bySlug(schedule.slug()).isPresent()) {
            throw Problem.conflict("already-exists", "Already exists", "A schedule '" + schedule.slug()
                    + "' exists already; change it with PUT /api/v1/schedules/" + schedule.slug()
                    + ", or choose another slug.", Map.of());
        }
        references.require(schedule);
        repository.insert(schedule);
        return schedule;
    }

    /**
     * Replaces a schedule as a whole (layers, participants, restrictions, overrides): 404 when
     * unknown, 409 when it drops a layer an escalation policy targets.
     */
    @Transactional
    public StoredSchedule update(StoredSchedule schedule) {
        StoredSchedule before = repository.bySlug(schedule.slug())
                .orElseThrow(() -> Problem.notFound("Schedule", schedule.slug()));
        references.require(schedule);
        layersInUse.requireKept(before, schedule);
        repository.save(schedule);
        return schedule;
    }

    @Transactional(readOnly = true)
    public Optional<StoredSchedule> schedule(String slug) {
        return repository.bySlug(slug);
    }

    /** Every schedule, by organization and slug. */
    @Transactional(readOnly = true)
    public List<StoredSchedule> schedules() {
        return repository.all();
    }
}

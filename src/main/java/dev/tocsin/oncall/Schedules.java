package dev.tocsin.oncall;

import dev.tocsin.oncall.internal.ScheduleRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for stored schedules: save one (configuration as code does), read them back. */
@Component
public class Schedules {

    private final ScheduleRepository repository;

    Schedules(ScheduleRepository repository) {
        this.repository = repository;
    }

    /** Inserts, or replaces as a whole the schedule with that slug; its participants must be known users. */
    @Transactional
    public void save(StoredSchedule schedule) {
        repository.save(schedule);
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

package jp.sitegate.testsupport;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.status.StatusTracker;

/**
 * The {@code Event<FactsChanged>} of a service in Java SE tests (issue 13): {@link #fire} delivers the event at once to
 * {@link StatusTracker#onFactsChanged}, in the caller's entity manager and transaction — what the container's synchronous
 * observer does. Other operations are not used by the services.
 */
public final class DirectEvents implements Event<FactsChanged> {
    private final StatusTracker tracker;

    /** @param em the service's entity manager */
    public DirectEvents(EntityManager em) {
        this.tracker = Beans.of(StatusTracker.class, em);
    }

    @Override
    public void fire(FactsChanged event) {
        tracker.onFactsChanged(event);
    }

    @Override
    public <U extends FactsChanged> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public <U extends FactsChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public Event<FactsChanged> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends FactsChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no subtypes");
    }

    @Override
    public <U extends FactsChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no subtypes");
    }
}

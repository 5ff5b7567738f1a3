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
 * The {@code Event<…>} of a service in Java SE tests (issue 13): {@link #fire} delivers a {@link FactsChanged} at once to
 * {@link StatusTracker#onFactsChanged}, in the caller's entity manager and transaction — what the container's synchronous
 * observer does; other events (issue 14: {@code CredentialsChanged}, observed by the web tier) are kept in
 * {@link #FIRED}. Other operations are not used by the services.
 */
public final class DirectEvents implements Event<Object> {
    /** The events other than {@link FactsChanged} fired in this JVM, oldest first. */
    public static final java.util.List<Object> FIRED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final StatusTracker tracker;

    /** @param em the service's entity manager */
    public DirectEvents(EntityManager em) {
        this.tracker = Beans.of(StatusTracker.class, em);
    }

    @Override
    public void fire(Object event) {
        if (event instanceof FactsChanged facts) {
            tracker.onFactsChanged(facts);
        } else {
            FIRED.add(event);
        }
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public Event<Object> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no subtypes");
    }

    @Override
    public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no subtypes");
    }
}

package jp.sitegate.infrastructure.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/** Registers the {@link AuditListener} on every entity of the persistence unit ({@code eclipselink.session.customizer}). */
public class AuditCustomizer implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        AuditListener listener = new AuditListener();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            d.getEventManager().addListener(listener);
        }
    }
}

package jp.sitegate.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity the audit trail skips: operational records that are themselves a log (inbox entries, the
 * outbox and its delivery log, the facilities a distributor serves), not domain data a profile reads or a
 * decision rests on. Writing them into the hash chain would serialise message delivery on the chain head.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {
}

package jp.sitegate.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a large, write-once text column the audit trail records by its SHA-256 ({@code <name>Sha256}, lower-case hex
 * of the UTF-8 bytes) instead of its whole value: the value is stored once, in its own row, and the chained audit
 * event still proves it unaltered. Used for a stored decision's document (about 10 KB), which a national-scale
 * load writes hundreds of thousands of times (issue 6).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditedAsDigest {
}

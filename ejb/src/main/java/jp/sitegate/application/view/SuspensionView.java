package jp.sitegate.application.view;

/**
 * A supply suspension (出荷停止, issue 11) as pages and the API show it.
 *
 * @param id            id
 * @param facilityCode  facility code
 * @param facilityName  facility name
 * @param product       product key, or {@code null} for all the manufacturer's products
 * @param productNameJa product name (Japanese), or {@code null} for all
 * @param reason        why
 * @param suspendedAt   when made (ISO-8601)
 * @param suspendedBy   who made it
 * @param until         last day (YYYY-MM-DD), or {@code null} until lifted
 * @param liftedAt      when lifted (ISO-8601), or {@code null}
 * @param liftedBy      who lifted it, or {@code null}
 * @param inForce       true when in force now
 * @param version       optimistic-lock version
 */
public record SuspensionView(long id, String facilityCode, String facilityName, String product, String productNameJa,
        String reason, String suspendedAt, String suspendedBy, String until, String liftedAt, String liftedBy,
        boolean inForce, long version) {
}

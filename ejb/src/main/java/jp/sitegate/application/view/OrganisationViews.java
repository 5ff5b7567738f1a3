package jp.sitegate.application.view;

import java.util.List;

/** What the pages and the API show of organisations and distribution agreements (issue 10). */
public final class OrganisationViews {
    private OrganisationViews() {
    }

    /**
     * An organisation.
     *
     * @param id              id
     * @param kind            MANUFACTURER, DISTRIBUTOR, FACILITY or OPERATOR
     * @param nameJa          name (Japanese)
     * @param nameEn          name (English)
     * @param status          ACTIVE or INACTIVE
     * @param corporateNumber 法人番号 (13 digits), or {@code null}
     * @param facilityCode    the facility's 医療機関コード for a FACILITY organisation, else {@code null}
     * @param members         number of users
     * @param version         optimistic-lock version
     */
    public record Organisation(long id, String kind, String nameJa, String nameEn, String status,
            String corporateNumber, String facilityCode, long members, long version) {
    }

    /**
     * A distribution agreement (特約店契約).
     *
     * @param id               id
     * @param manufacturerId   manufacturer organisation id
     * @param manufacturerName its name (Japanese)
     * @param distributorId    distributor organisation id
     * @param distributorName  its name (Japanese)
     * @param allProducts      true when it covers every product of the manufacturer
     * @param products         YJ codes of the products covered (every strength), empty when all
     * @param productNames     names of the products covered (Japanese), empty when all
     * @param validFrom        first day (ISO date)
     * @param validTo          last day (ISO date), or {@code null} when open-ended
     * @param version          optimistic-lock version
     */
    public record Agreement(long id, long manufacturerId, String manufacturerName, long distributorId,
            String distributorName, boolean allProducts, List<String> products, List<String> productNames,
            String validFrom, String validTo, long version) {
    }
}

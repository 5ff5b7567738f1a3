package jp.sitegate.domain.model.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Reference data: a tocilizumab YJ code, its mg per vial/syringe and route (only IV counts, REQUIREMENTS.md §5). */
@Entity
@Table(name = "tocilizumab_strength")
@NamedQuery(name = "TocilizumabStrength.all", query = "SELECT s FROM TocilizumabStrength s")
public class TocilizumabStrength {
    /** Route code of the intravenous formulation. */
    public static final String IV = "IV";

    @Id
    @Column(name = "yj_code")
    private String yjCode;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "mg_per_unit", nullable = false)
    private int mgPerUnit;

    @Column(nullable = false)
    private String route;

    protected TocilizumabStrength() {
    }

    /** @return the YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @return the name ja */
    public String getNameJa() {
        return nameJa;
    }

    /** @return the mg per unit */
    public int getMgPerUnit() {
        return mgPerUnit;
    }

    /** @return the route */
    public String getRoute() {
        return route;
    }

    /** @return true for the intravenous formulation, the only one indicated for CRS */
    public boolean isIntravenous() {
        return IV.equals(route);
    }
}

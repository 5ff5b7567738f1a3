package jp.sitegate.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One strength of a product, identified by its YJ code. Reference data. */
@Entity
@Table(name = "product_code")
@NamedQuery(name = "ProductCode.byYj", query = "SELECT c FROM ProductCode c JOIN FETCH c.product WHERE c.yjCode = :yj")
@NamedQuery(name = "ProductCode.all", query = "SELECT c FROM ProductCode c JOIN FETCH c.product ORDER BY c.yjCode")
public class ProductCode {
    @Id
    @Column(name = "yj_code", length = 12)
    private String yjCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "strength_ja", nullable = false)
    private String strengthJa;

    protected ProductCode() {
    }

    /**
     * @param yjCode     validated YJ code
     * @param product    the product
     * @param strengthJa strength label
     */
    public ProductCode(YjCode yjCode, Product product, String strengthJa) {
        this.yjCode = yjCode.value();
        this.product = product;
        this.strengthJa = strengthJa;
    }

    /** @return the YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the strength ja */
    public String getStrengthJa() {
        return strengthJa;
    }
}

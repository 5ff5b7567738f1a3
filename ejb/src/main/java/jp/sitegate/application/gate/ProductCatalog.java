package jp.sitegate.application.gate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.domain.model.eligibility.CompiledRequirement;
import jp.sitegate.domain.model.eligibility.CriteriaParser;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.ProductRepository;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.audit.CurrentValue;
import jp.sitegate.infrastructure.audit.DataChanges;

/**
 * Looks up products by YJ code and the requirement profile in force on a day. Checks for the present moment read
 * them from an in-memory catalogue ({@link #cachedCode}, {@link #cachedProfileInForce}; issue 16) kept while no
 * product, strength or profile version changes: their writes move {@link DataChanges#generation()}, and the next
 * reader loads the catalogue again (also after {@link CurrentValue#TTL_SECONDS} s, for changes made outside the
 * application). Its entities are read-only copies shared by every thread; what writes an entity
 * that refers to a product reads it with {@link #productCode}, in its own transaction.
 */
@Stateless
public class ProductCatalog {
    private static final java.util.Map<String, List<CompiledRequirement>> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final CurrentValue<Catalogue> CATALOGUE = new CurrentValue<>();

    /** The strengths by YJ code and the profiles in force by product and day, as of one generation. */
    private record Catalogue(java.util.Map<String, ProductCode> byYj,
            java.util.Map<String, java.util.Optional<RequirementProfile>> inForce) {
    }

    @Inject
    private ProductRepository products;

    /**
     * @param raw    YJ code as given (validated here)
     * @param field  request field carrying it (for errors)
     * @return the product strength with its product
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code field} for an invalid YJ code
     * @throws NotFoundException when no product under conditions of use has that code
     */
    public ProductCode productCode(String raw, String field) {
        YjCode yjCode = YjCode.of(raw, field);
        return products.strength(yjCode)
                .orElseThrow(() -> NotFoundException.of(field, "product.no-product-yj-code", yjCode));
    }

    /**
     * The product strength from the in-memory catalogue, for checks that write nothing (issue 16).
     *
     * @param raw   YJ code as given (validated here)
     * @param field request field carrying it (for errors)
     * @return the strength with its product: a read-only copy shared between threads, never to be written or
     *         referred to by an entity being written
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code field} for an invalid YJ code
     * @throws NotFoundException when no product under conditions of use has that code
     */
    public ProductCode cachedCode(String raw, String field) {
        YjCode yjCode = YjCode.of(raw, field);
        ProductCode pc = catalogue().byYj().get(yjCode.value());
        if (pc == null) {
            throw NotFoundException.of(field, "product.no-product-yj-code", yjCode);
        }
        return pc;
    }

    /**
     * The profile version in force from the in-memory catalogue, with its requirements read, for checks that write
     * nothing (issue 16).
     *
     * @param productId product
     * @param day       the day
     * @return the profile version in force that day: a read-only copy shared between threads
     * @throws NotFoundException when none is in force yet
     */
    public RequirementProfile cachedProfileInForce(long productId, LocalDate day) {
        java.util.Map<String, java.util.Optional<RequirementProfile>> inForce = catalogue().inForce();
        String key = productId + "|" + day;
        java.util.Optional<RequirementProfile> profile = inForce.get(key);
        if (profile == null) {
            profile = products.profileInForce(productId, day);
            profile.ifPresent(p -> p.getRequirements().size()); // read before the copy is shared
            if (inForce.size() > 10_000) {
                inForce.clear();
            }
            inForce.put(key, profile);
        }
        return profile.orElseThrow(() -> NotFoundException.of("at", "product.no-requirement-profile-force", day));
    }

    /** @return the catalogue of the current generation, loaded (one SELECT) when products or profiles changed */
    private Catalogue catalogue() {
        return CATALOGUE.get(() -> {
            java.util.Map<String, ProductCode> byYj = new java.util.HashMap<>();
            products.strengths().forEach(pc -> byYj.put(pc.getYjCode(), pc));
            return new Catalogue(java.util.Map.copyOf(byYj), new java.util.concurrent.ConcurrentHashMap<>());
        });
    }

    /** @return every product strength as views (issue 13: for pages and the API) */
    public List<jp.sitegate.application.view.ProductViews.Strength> strengths() {
        return allCodes().stream().map(jp.sitegate.application.view.ProductViews.Strength::of).toList();
    }

    /** @return one strength per product as views, in product order (issue 13: for pages) */
    public List<jp.sitegate.application.view.ProductViews.Strength> strengthPerProduct() {
        return onePerProduct().stream().map(jp.sitegate.application.view.ProductViews.Strength::of).toList();
    }

    /** @return one strength per product (the first by YJ code), in product order, for per-product checklists */
    public List<ProductCode> onePerProduct() {
        java.util.Map<Long, ProductCode> first = new java.util.TreeMap<>();
        products.strengths().forEach(c -> first.putIfAbsent(c.getProduct().getId(), c));
        return List.copyOf(first.values());
    }

    /** @return every product strength with its product, by YJ code */
    public List<ProductCode> allCodes() {
        return products.strengths();
    }

    /**
     * @param productId product
     * @param day       the day
     * @return the profile version in force that day
     * @throws NotFoundException when none is in force yet
     */
    public RequirementProfile profileInForce(long productId, LocalDate day) {
        return products.profileInForce(productId, day)
                .orElseThrow(() -> NotFoundException.of("at", "product.no-requirement-profile-force", day));
    }

    /**
     * Which requirements of the profiles in force read each declared fact (issue 14: the declaration form says so
     * next to each item): a capability is read by the CAPABILITY requirements naming it, the ICU-equivalent
     * declaration by the ICU_ACCESS requirements that allow it, the JSTCT category by the TRANSPLANT_CENTER ones.
     *
     * @param day the day
     * @return {@code CAPABILITY:<name>}, {@code ICU_EQUIVALENT} or {@code TRANSPLANT_CATEGORY} → requirement ids,
     *         sorted; a fact no requirement reads is absent
     */
    public java.util.Map<String, java.util.SortedSet<String>> readers(LocalDate day) {
        java.util.Map<String, java.util.SortedSet<String>> out = new java.util.TreeMap<>();
        for (ProductCode pc : onePerProduct()) {
            RequirementProfile profile = products.profileInForce(pc.getProduct().getId(), day).orElse(null);
            if (profile == null) {
                continue;
            }
            for (var r : profile.getRequirements()) {
                for (jakarta.json.JsonObject c : criteria(r.getCriteria())) {
                    String fact = switch (c.getString("type", "")) {
                        case "CAPABILITY" -> "CAPABILITY:" + c.getString("capability", "");
                        case "ICU_ACCESS" -> c.getBoolean("allowEquivalent", false) ? "ICU_EQUIVALENT" : null;
                        case "TRANSPLANT_CENTER" -> "TRANSPLANT_CATEGORY";
                        default -> null;
                    };
                    if (fact != null) {
                        out.computeIfAbsent(fact, k -> new java.util.TreeSet<>()).add(r.getRequirementId());
                    }
                }
            }
        }
        return out;
    }

    /** @return a requirement's criteria: the objects of its JSON array (or the one object) */
    private static List<jakarta.json.JsonObject> criteria(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonStructure v = reader.read();
            if (v instanceof jakarta.json.JsonArray a) {
                return a.stream().filter(e -> e instanceof jakarta.json.JsonObject).map(e -> (jakarta.json.JsonObject) e)
                        .toList();
            }
            return v instanceof jakarta.json.JsonObject o ? List.of(o) : List.of();
        }
    }

    /**
     * @param profile a profile version
     * @return its requirements, parsed and ready to evaluate
     */
    public static List<CompiledRequirement> compile(RequirementProfile profile) {
        // a profile version is immutable once saved: parse its criteria JSON once (issue 6)
        if (COMPILED.size() > 1_000) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(profile.getId() + ":" + profile.getLockVersion(), k -> parse(profile));
    }

    /** Forgets every parsed profile (a new database, in tests). */
    public static void forgetCompiled() {
        COMPILED.clear();
    }

    private static List<CompiledRequirement> parse(RequirementProfile profile) {
        return profile.getRequirements().stream().map(r -> new CompiledRequirement(r.getRequirementId(),
                r.getClauseJa(), r.getTitleJa(), r.getTitleEn(), CriteriaParser.parse(r.getRequirementId(),
                        r.getCriteria()))).toList();
    }
}

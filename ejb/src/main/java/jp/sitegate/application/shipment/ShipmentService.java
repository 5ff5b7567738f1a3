package jp.sitegate.application.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Commands;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.Evaluation;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.notification.ServedNotes;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.ShipmentReceipt;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.shipment.DeliveryRelease;
import jp.sitegate.domain.model.shipment.Shipment;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Records shipments through the gate (LUN-DST-1): evaluates, stores the decision, refuses with the findings when
 * not eligible, and releases the first-delivery restriction on the first permitted delivery where the product's
 * policy says so (LUN-DST-2). An idempotency key, unique per distributor, makes a retry return the first answer.
 * Only a distributor with a distribution agreement (特約店契約) in force for the product may ship it (issue 10); the
 * shipment and its stored decision belong to the caller's organisation.
 */
@Stateless
public class ShipmentService {

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private PatientChecklistGate patientGate;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.ShipmentRepository shipments;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    @Inject
    private NotificationService notifications;

    /**
     * @param cmd the shipment
     * @return the receipt (with {@code replayed} when the key was already used for the same shipment)
     * @throws InvalidInputException     for an invalid field (named)
     * @throws jp.sitegate.domain.shared.NotFoundException for an unknown facility or product
     * @throws ConflictException         when the key was used for a different shipment
     * @throws ShipmentRefusedException  when the facility is not eligible, or (ABE-PAT-1, issue 12) a per-patient
     *                                   product's shipment names no usable checklist of a candidate patient (the
     *                                   decision is stored)
     * @throws jp.sitegate.domain.shared.ForbiddenException when the caller is not a distributor, or (field
     *                                   {@code product}) has no agreement in force for the product
     */
    public ShipmentReceipt record(ShipmentCommand cmd) {
        AuthenticatedUser user = authorization.anyRole(Role.DISTRIBUTOR);
        if (user == null) {
            throw jp.sitegate.domain.shared.ForbiddenException.of(null, "shipment.shipment-recorded-distributor-s");
        }
        Commands.validate(cmd, Map.of("idempotencyKey", "Idempotency-Key"));
        Instant now = clock.instant();
        // a retry is answered with the first receipt, even after the agreement ended
        Optional<ShipmentReceipt> previous = findByKey(cmd);
        if (previous.isPresent()) {
            return previous.get();
        }
        authorization.distributorOf(catalog.productCode(cmd.yjCode(), "product"),
                now.atZone(ClockProducer.JAPAN).toLocalDate());
        Evaluation ev = engine.evaluate(cmd.facilityCode(), cmd.yjCode(), now, now);
        // issue 12: a per-patient product's delivery names the patient's checklist (ABE-PAT-1 on the decision)
        ev = patientGate.gate(ev, cmd.patientChecklistId());
        // noted (in its own transaction) before this transaction writes anything: once the decision and shipment
        // rows are written, this transaction holds locks the note's insert would wait for (seen on MariaDB); a
        // distributor that ships to a facility, even when refused, hears about its status changes
        ServedNotes.note(notifications, user, cmd.facilityCode(), "SHIPMENT");
        EligibilityService.StoredPair stored = eligibility.store(ev, "SHIPMENT", user.organisationId());
        if (ev.decision().outcome() != DecisionOutcome.ELIGIBLE) {
            throw new ShipmentRefusedException(stored.document());
        }
        boolean releases = ev.decision().firstDelivery() == FirstDeliveryStatus.ACTIVE;
        Shipment s = new Shipment(cmd.idempotencyKey(), ev.facility(), ev.productCode().getProduct(),
                ev.productCode().getYjCode(), cmd.quantity(), cmd.orderReference(), user.organisation(),
                user.organisationId(), stored.stored(), now, releases, cmd.patientChecklistId());
        work.add(s);
        if (releases) {
            work.add(new DeliveryRelease(s, now));
        }
        work.flush();
        return receipt(s, false);
    }

    /**
     * The rule every shipment passes first, before its body is read (issue 10).
     *
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a distributor
     */
    public void requireDistributor() {
        authorization.anyRole(Role.DISTRIBUTOR);
    }

    /**
     * @param cmd the shipment
     * @return the receipt of the caller's organisation's earlier shipment with the same key, if any
     * @throws ConflictException when the key was used for a different shipment
     */
    public Optional<ShipmentReceipt> findByKey(ShipmentCommand cmd) {
        AuthenticatedUser user = authorization.anyRole(Role.DISTRIBUTOR);
        return shipments.byKey(cmd.idempotencyKey(), user.organisationId()).map(s -> {
                    if (!s.getFacility().getCode().sameAs(cmd.facilityCode())
                            || !s.getYjCode().equals(cmd.yjCode()) || s.getQuantity() != cmd.quantity()
                            || !Objects.equals(s.getOrderReference(), cmd.orderReference())
                            || !Objects.equals(s.getPatientChecklistId(), cmd.patientChecklistId())) {
                        throw ConflictException.of("Idempotency-Key", "shipment.idempotency-key-already-used");
                    }
                    return receipt(s, true);
                });
    }

    private static ShipmentReceipt receipt(Shipment s, boolean replayed) {
        return new ShipmentReceipt(s.getId(), s.getIdempotencyKey(), s.getFacility().getCode().value(),
                s.getYjCode(), s.getQuantity(), s.getOrderReference(), s.getShippedAt().toString(),
                s.getDecision().getId(), s.isReleasedFirstDelivery(), replayed);
    }
}

-- Demo (issue 11): 山梨大学医学部附属病院's administrator (fadmin2) accepted 市立甲府病院's partnership, so it counts
-- for LUN-FAC-3 *2 as before (the partner's side accepted it in SiteGate).
UPDATE facility_partnership SET partner_accepted_at = TIMESTAMP '2025-04-02 09:00:00', partner_accepted_by = 'fadmin2'
 WHERE facility_id = (SELECT id FROM facility WHERE code = '1910114451')
   AND partner_id = (SELECT id FROM facility WHERE code = '1912110952');

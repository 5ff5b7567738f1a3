-- Demo (issue 11, LUN-BRF-2): 市立甲府病院's online Lunsumio briefing of 2025-07-10 was held under the hospital's
-- infection-control visit restriction in force since 2025-04-01, recorded as such, so it still counts.
UPDATE briefing SET visit_restriction_kind = 'INFECTION_CONTROL', visit_restriction_since = DATE '2025-04-01'
 WHERE facility_id = (SELECT id FROM facility WHERE code = '1910114451') AND mode = 'ONLINE'
   AND visit_restriction = '院内感染対策のため外部訪問を制限中';

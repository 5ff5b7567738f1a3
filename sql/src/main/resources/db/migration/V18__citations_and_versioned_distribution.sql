-- Issue 12: the rules exactly as the documents say them.
--
-- 1. Citations and Japanese titles as the source documents number and word them (../shared/REQUIREMENTS.md §1–3):
--    Abecma's ③ is ③-1 (ABE-ADV-1 first sentence, ABE-ADV-2 second), ③-2, ③-3; LUN-BRF-2 is 【具体的な方法】's second
--    sentence; Lunsumio's clauses in the form 「RMP 使用条件の設定【具体的な方法】(2) 施設要件」; ABE-PHY-LEAD says
--    血液悪性腫瘍, ABE-INF-1's person is 担当者; no clause cites REQUIREMENTS.md. The table is docs/requirements-citations.tsv
--    (checked against the seeds and these rows by RequirementCitationsTest). A correction of text on every version of
--    the three seeded products (the rules are unchanged; stored decisions keep the text they were made with).
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(1) 医師要件 1点目', title_ja = '造血器悪性腫瘍の治療について十分な知識・経験を有する常勤医師'
 WHERE requirement_id = 'LUN-PHY-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(1) 医師要件 2点目', title_ja = 'MRと対面やオンライン等による定期的な面談等が可能な常勤医師'
 WHERE requirement_id = 'LUN-PHY-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(1) 医師要件 3点目', title_ja = '製造販売業者が依頼する本剤の安全対策に協力が可能な常勤医師'
 WHERE requirement_id = 'LUN-PHY-3' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(2) 施設要件 1点目', title_ja = '医師要件を満たす医師が常勤している'
 WHERE requirement_id = 'LUN-FAC-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(2) 施設要件 2点目', title_ja = '24時間体制で患者からの連絡を受ける体制がある'
 WHERE requirement_id = 'LUN-FAC-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(2) 施設要件 2点目（＊1 自施設／＊2 連携施設）', title_ja = '患者の状態悪化時に自施設（ICU又はICUと同等の設備）又は連携施設で入院管理が可能で、必要な検査の結果が得られ次第速やかに対応できる'
 WHERE requirement_id = 'LUN-FAC-3' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(2) 施設要件 3点目', title_ja = '緊急時にトシリズマブ等の抗サイトカイン療法を実施できる（点滴静注用トシリズマブの在庫）'
 WHERE requirement_id = 'LUN-FAC-4' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(3) 医療関係者への事前説明', title_ja = '初回納品前に医師・薬剤師・看護師等の医療関係者へ製品説明及び安全対策の説明を実施'
 WHERE requirement_id = 'LUN-BRF-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】第2文', title_ja = 'MRが納品前に施設を訪問して説明（医療機関の訪問規制などがある場合のみオンライン面談等）'
 WHERE requirement_id = 'LUN-BRF-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(3) 医療関係者への事前説明（提供資材）', title_ja = '電子添文、医療従事者向け資材（CRSの管理ガイダンスを含む）、患者向け資材の提供'
 WHERE requirement_id = 'LUN-BRF-3' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = 'RMP 使用条件の設定【具体的な方法】(3) 医療関係者への事前説明（依頼事項）', title_ja = '患者・家族への説明、患者向け資材への緊急連絡先の記載、2回目以降の投与時の確認を医療関係者に依頼'
 WHERE requirement_id = 'LUN-BRF-4' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'LUNSUMIO');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-1 (1)', title_ja = '日本造血・免疫細胞療法学会の移植施設認定基準（認定カテゴリー1/2/3）を満たす診療科を有する施設、又は本品に係る治験の実施施設'
 WHERE requirement_id = 'ABE-FAC-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-1 (2)', title_ja = '特定集中治療室管理料1〜4の届出（A301）'
 WHERE requirement_id = 'ABE-FAC-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-1 (3)', title_ja = 'アフェレーシス機器の使用に熟知した医療スタッフが配置され、アフェレーシス中は常時監視体制及び医師への連絡体制がある'
 WHERE requirement_id = 'ABE-FAC-3' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-1 (4)', title_ja = '患者登録システム（レジストリ）への患者登録及び製造販売後調査の実施が可能'
 WHERE requirement_id = 'ABE-FAC-4' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-2 表14 (1)〜(3)', title_ja = '治療の責任者：医師免許取得後6年以上の臨床経験（うち3年以上は血液悪性腫瘍の研修）、造血細胞移植に関する研修による診療実績通算1年以上、同種造血細胞移植の診療実績5例以上、講習修了'
 WHERE requirement_id = 'ABE-PHY-LEAD' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-2 表14 (1)', title_ja = '治療の責任者のほかに表14の(1)に該当する医師が1名以上'
 WHERE requirement_id = 'ABE-PHY-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ①-2（講習の修了）', title_ja = '上記の医師が製造販売業者の実施する講習を修了している'
 WHERE requirement_id = 'ABE-PHY-TRN' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ②', title_ja = '再生医療等製品に関する情報管理に従事する担当者が配置されている'
 WHERE requirement_id = 'ABE-INF-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ③-1 第1文', title_ja = '24時間診療体制の下、当該施設又は連携施設で入院管理、当日中の検査結果、直ちに対応できる体制'
 WHERE requirement_id = 'ABE-ADV-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ③-1 第2文', title_ja = 'トシリズマブ（遺伝子組換え）の在庫が本品投与前に確保されている'
 WHERE requirement_id = 'ABE-ADV-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ③-2', title_ja = '多発性骨髄腫の診療に携わる専門的な知識及び技能を有する医療従事者のチーム医療体制（モニタリングを含む情報共有）'
 WHERE requirement_id = 'ABE-ADV-3' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '最適使用推進ガイドライン 4. ③-3', title_ja = '当該施設又は連携施設の専門性を有する医師と連携し、副作用の診断や対応に関して指導及び支援を受けられる'
 WHERE requirement_id = 'ABE-ADV-4' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'ABECMA');
UPDATE profile_requirement SET clause_ja = '医薬薬審発1227第4号・医薬安発1227第2号（2024年12月27日）医師要件', title_ja = 'がん化学療法に関する十分な知識・経験を持つ常勤医師'
 WHERE requirement_id = 'IMD-PHY-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '医薬薬審発1227第4号・医薬安発1227第2号（2024年12月27日）施設要件', title_ja = '自施設又は連携施設で入院管理ができ、副作用の鑑別に必要な検査の結果が直ちに得られる'
 WHERE requirement_id = 'IMD-FAC-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '電子添文 1. 警告 1.2.1', title_ja = '特に治療初期は入院管理等の適切な体制下で投与'
 WHERE requirement_id = 'IMD-WRN-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '電子添文 1. 警告 1.2.2', title_ja = 'CRS予防の前投薬等を行い、製造販売業者のCRS管理ガイダンスに従う（ガイダンスの提供）'
 WHERE requirement_id = 'IMD-WRN-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '電子添文 8. 重要な基本的注意 8.2.3', title_ja = '緊急時に備えてトシリズマブを速やかに使用できるように準備'
 WHERE requirement_id = 'IMD-BAS-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = 'アムジェン 適正使用のお願い「サイトカイン放出症候群」について（2025年9月）', title_ja = '「サイトカイン放出症候群」についての適正使用のお願い（2025年9月）をMRが提供'
 WHERE requirement_id = 'IMD-COM-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '暫定: LUN-BRF-1 と同じ構成', title_ja = '初回納入前に医師・薬剤師・看護師へ事前説明を実施（暫定）'
 WHERE requirement_id = 'IMD-BRF-1' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');
UPDATE profile_requirement SET clause_ja = '暫定: LUN-BRF-2 と同じ構成', title_ja = 'MRの訪問による説明（訪問規制がある場合のみオンライン）（暫定）'
 WHERE requirement_id = 'IMD-BRF-2' AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id WHERE x.product_key = 'IMDELLTRA');

-- 2. Numbers SiteGate chose where the documents give none (REQUIREMENTS.md §5: 1,600 mg; "≥ 3 years" of experience
--    for LUN-PHY-1/LUN-FAC-1 and IMD-PHY-1): the criterion says so (siteGateDefault), and the finding shows
--    「SiteGate の既定値（安全管理責任者が変更可）」 instead of citing REQUIREMENTS.md.
UPDATE profile_requirement SET criteria = REPLACE(criteria, '"type":"TOCILIZUMAB_STOCK"', '"type":"TOCILIZUMAB_STOCK","siteGateDefault":true')
 WHERE criteria LIKE '%"type":"TOCILIZUMAB_STOCK"%' AND criteria NOT LIKE '%siteGateDefault%'
   AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id
                       WHERE x.product_key IN ('LUNSUMIO', 'ABECMA', 'IMDELLTRA'));
UPDATE profile_requirement SET criteria = REPLACE(criteria, '"type":"QUALIFIED_PHYSICIANS"', '"type":"QUALIFIED_PHYSICIANS","siteGateDefault":true')
 WHERE requirement_id IN ('LUN-PHY-1', 'LUN-FAC-1', 'IMD-PHY-1') AND criteria NOT LIKE '%siteGateDefault%'
   AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id
                       WHERE x.product_key IN ('LUNSUMIO', 'IMDELLTRA'));

-- 3. The distribution policy and how old a bureau list may be are part of the versioned profile. Only Lunsumio's
--    documents release the first-delivery restriction (RMP (4) 流通管理 and 【具体的な方法】's third sentence; notice
--    医薬薬審発1227第3号 (3)); Imdelltra's seeds hold no such clause, so its provisional profile gates every delivery
--    until a safety manager publishes a version with another policy (REQUIREMENTS.md §3). Products a safety manager
--    added keep the policy they were created with. max_list_age_days: a finding that rests on an older regional
--    health bureau list is UNKNOWN (the lists are published monthly).
ALTER TABLE requirement_profile ADD COLUMN distribution_policy VARCHAR(30) NOT NULL DEFAULT 'EVERY_DELIVERY';
ALTER TABLE requirement_profile ADD COLUMN release_clause_ja VARCHAR(500) NULL;
ALTER TABLE requirement_profile ADD COLUMN max_list_age_days INT NOT NULL DEFAULT 120;
UPDATE requirement_profile SET distribution_policy = 'FIRST_DELIVERY_ONLY',
       release_clause_ja = 'RMP 使用条件の設定【具体的な方法】(4) 流通管理「2回目以降の納品は制限しない」・第3文「初回納入制限を解除した後は通常の受発注を可能とする」'
 WHERE product_id IN (SELECT id FROM product WHERE product_key = 'LUNSUMIO');
UPDATE requirement_profile SET distribution_policy = (SELECT x.distribution_policy FROM product x WHERE x.id = requirement_profile.product_id),
       release_clause_ja = '（製品登録時の設定）'
 WHERE product_id IN (SELECT id FROM product WHERE product_key NOT IN ('LUNSUMIO', 'ABECMA', 'IMDELLTRA')
                                             AND distribution_policy = 'FIRST_DELIVERY_ONLY');
UPDATE product SET distribution_policy = 'EVERY_DELIVERY' WHERE product_key = 'IMDELLTRA';

-- 4. IMD-COM-1 (the September 2025 proper-use request) exists from 2025-09-01: it moves from Imdelltra's version 1
--    (effective 2024-12-27) to a new version effective 2025-09-01 (the next version number; in force between
--    version 1 and the version of 2026-12-02, which keeps it). Decisions for a moment before that date don't list it.
INSERT INTO requirement_profile (product_id, version_no, effective_from, provisional, source_ja, status, drafted_by,
                                 approved_by, approved_at, distribution_policy, release_clause_ja, max_list_age_days)
SELECT p.product_id, (SELECT MAX(q.version_no) + 1 FROM requirement_profile q WHERE q.product_id = p.product_id),
       DATE '2025-09-01', p.provisional,
       'イムデトラ 適正使用のお願い「サイトカイン放出症候群」について (アムジェン 2025年9月) / 医薬薬審発1227第4号・医薬安発1227第2号 (2024-12-27) / 電子添文 (暫定プロファイル: 安全管理責任者の確認待ち)',
       'APPROVED', '（V18 移行）', '（V18 移行）', CURRENT_TIMESTAMP(6), p.distribution_policy, p.release_clause_ja,
       p.max_list_age_days
  FROM requirement_profile p JOIN product x ON x.id = p.product_id
 WHERE x.product_key = 'IMDELLTRA' AND p.version_no = 1;

INSERT INTO profile_requirement (profile_id, seq, requirement_id, clause_ja, title_ja, title_en, criteria)
SELECT n.id, r.seq, r.requirement_id, r.clause_ja, r.title_ja, r.title_en, r.criteria
  FROM requirement_profile n
  JOIN requirement_profile o ON o.product_id = n.product_id AND o.version_no = 1
  JOIN profile_requirement r ON r.profile_id = o.id
 WHERE n.effective_from = DATE '2025-09-01' AND n.drafted_by = '（V18 移行）';

DELETE FROM profile_requirement
 WHERE requirement_id = 'IMD-COM-1'
   AND profile_id IN (SELECT p.id FROM requirement_profile p JOIN product x ON x.id = p.product_id
                       WHERE x.product_key = 'IMDELLTRA' AND p.version_no = 1);
UPDATE requirement_profile SET source_ja = '医薬薬審発1227第4号・医薬安発1227第2号 (2024-12-27) / 電子添文 (暫定プロファイル: 安全管理責任者の確認待ち)'
 WHERE version_no = 1 AND product_id IN (SELECT id FROM product WHERE product_key = 'IMDELLTRA');

-- 5. No source text shown to users cites REQUIREMENTS.md (an internal digest, not a source document).
UPDATE requirement_profile SET source_ja = REPLACE(source_ja, '（REQUIREMENTS.md §8）', '（ルンスミオ RMP【具体的な方法】第1文「確認する」）')
 WHERE source_ja LIKE '%REQUIREMENTS.md%';

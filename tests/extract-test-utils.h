/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the extraction tests: the corpus, its articles and expectations, and lookups. */
#pragma once

#include "briefing-extract-private.h"

G_BEGIN_DECLS

/* A path under G_TEST_SRCDIR (or "tests" when unset, for --report from the source root); valid
 * until the program ends. NULL-terminated. */
const char              *data_path         (const char            *first,
                                            ...) G_GNUC_NULL_TERMINATED;
BriefingExtractRules    *get_rules         (void);
BriefingArticle         *article_from_text (const char            *id,
                                            const char            *contents,
                                            const char            *date);
BriefingArticle         *load_article      (const char            *path,
                                            const char            *date);
JsonObject              *load_expected     (const char            *path);
/* Names (without suffix) of the corpus articles that have an expectation, sorted. */
GPtrArray               *corpus_names      (void);
BriefingExtraction      *extract_file      (const char            *text_path,
                                            JsonObject            *expected);
/* Whether a candidate of @kind (of @party, with @status unless -1) has ≥ 60 % of @words. */
gboolean                 has_candidate     (BriefingExtraction    *extraction,
                                            BriefingCandidateKind  kind,
                                            const char            *party,
                                            const char            *words,
                                            int                    status);
const BriefingCandidate *find_kind         (BriefingExtraction    *extraction,
                                            BriefingCandidateKind  kind,
                                            const char            *id);

G_END_DECLS

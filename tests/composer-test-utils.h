/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests of briefings share: the sample bundle and a store of annotations on it. */
#pragma once

#include "briefing-core.h"
#include "briefing-export.h"

G_BEGIN_DECLS

#define SAMPLE_ID "istanbul-talks-2025"
/* The briefing date of the tests: after the third round, before the August deadline. */
#define BRIEFING_DATE "2025-07-25"

BriefingBundle          *load_sample         (void);
/* A store in @dir with highlights, notes and questions on the sample, anchored in @bundle:
 *   yellow  a-round3 "a further exchange of 1,200 …"     tags exchange
 *   yellow  a-round1 "agreed to exchange 1,000 …"         tags exchange, prisoners
 *   red     a-round2-long "turned down …"   note with Markdown characters, tags ceasefire
 *   none    a-drones "Strategic bombers were damaged"
 *   green   note on event e-round2
 *   none    note on demand d-ru-pauses                    tags ceasefire
 *   question on the bundle, owner "ua", deadline 2025-08
 *   question on demand d-ua-leaders, owner "Desk B", deadline 2025-06-30 (overdue)
 *   question on event e-round1, no owner, no deadline */
BriefingAnnotationStore *sample_store        (const char             *dir,
                                              BriefingBundle         *bundle);
/* Everything, on BRIEFING_DATE. */
void                     test_options_init   (BriefingExportOptions  *options);
BriefingDate             parse_date          (const char             *text);
/* A folder that exists, for a store; remove it with remove_tree(). */
char                     *make_temp_dir      (void);
void                     remove_tree         (const char             *path);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of one language that the extractor follows: a gazetteer (countries, their demonyms,
 * capitals and leaders; organisations; places) and cue phrases and patterns (dates, events,
 * outcomes, demands, figures). Both are JSON data (data/import/gazetteer-LANG.json and
 * rules-LANG.json, compiled into the engine as GResources), merged with the user's own files in
 * $XDG_DATA_HOME/org.briefing.Briefing/import/. Immutable once loaded; share it between threads. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BRIEFING_EXTRACT_ERROR (briefing_extract_error_quark ())

typedef enum
{
  BRIEFING_EXTRACT_ERROR_NO_RULES,        /* no rules for the language */
  BRIEFING_EXTRACT_ERROR_INVALID_RULES,   /* a rules or gazetteer file is malformed */
  BRIEFING_EXTRACT_ERROR_EMPTY_ARTICLE,
  BRIEFING_EXTRACT_ERROR_INVALID_CHOICE,  /* an accepted index or reference does not fit */
} BriefingExtractError;

GQuark briefing_extract_error_quark (void);

#define BRIEFING_TYPE_EXTRACT_RULES (briefing_extract_rules_get_type ())

G_DECLARE_FINAL_TYPE (BriefingExtractRules, briefing_extract_rules, BRIEFING, EXTRACT_RULES, GObject)

/* The built-in rules for @language ("en"; "en-GB" is read as "en"), merged with every *.json file of the user's
 * import folder. */
BriefingExtractRules *briefing_extract_rules_new_for_language (const char            *language,
                                                               GError               **error);
/* The built-in rules only, without the user's files; what tests use. */
BriefingExtractRules *briefing_extract_rules_new_builtin      (const char            *language,
                                                               GError               **error);
/* Merges one gazetteer or rules file (told apart by its "format" member) into @self; only while
 * @self is not yet used by an extraction. Entities with a known id extend it; lists are appended. */
gboolean              briefing_extract_rules_merge_file       (BriefingExtractRules  *self,
                                                               GFile                 *file,
                                                               GError               **error);
gboolean              briefing_extract_rules_merge_bytes      (BriefingExtractRules  *self,
                                                               GBytes                *bytes,
                                                               const char            *where,
                                                               GError               **error);
const char           *briefing_extract_rules_get_language     (BriefingExtractRules  *self);
/* The folder of the user's own rules: $XDG_DATA_HOME/org.briefing.Briefing/import. */
char                 *briefing_extract_rules_dup_user_dir     (void);

G_END_DECLS

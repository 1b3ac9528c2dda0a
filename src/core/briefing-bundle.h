/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everything loaded from one bundle file. Each collection is a GListModel that views bind to; every
 * party, article, event and demand is also found by its id, which is unique in the bundle. */
#pragma once

#include <gio/gio.h>

#include "briefing-article.h"
#include "briefing-date.h"
#include "briefing-demand.h"
#include "briefing-event.h"
#include "briefing-party.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_BUNDLE (briefing_bundle_get_type ())

G_DECLARE_FINAL_TYPE (BriefingBundle, briefing_bundle, BRIEFING, BUNDLE, GObject)

BriefingBundle     *briefing_bundle_new              (const char         *id,
                                                      const char         *title);
const char         *briefing_bundle_get_id           (BriefingBundle     *self);
const char         *briefing_bundle_get_title        (BriefingBundle     *self);
void                briefing_bundle_set_title        (BriefingBundle     *self,
                                                      const char         *title);
const char         *briefing_bundle_get_description  (BriefingBundle     *self);
void                briefing_bundle_set_description  (BriefingBundle     *self,
                                                      const char         *description);
const char         *briefing_bundle_get_language     (BriefingBundle     *self);
void                briefing_bundle_set_language     (BriefingBundle     *self,
                                                      const char         *language);
const BriefingDate *briefing_bundle_get_created      (BriefingBundle     *self);
void                briefing_bundle_set_created      (BriefingBundle     *self,
                                                      const BriefingDate *created);
/* NULL when the bundle was never updated. */
const BriefingDate *briefing_bundle_get_updated      (BriefingBundle     *self);
void                briefing_bundle_set_updated      (BriefingBundle     *self,
                                                      const BriefingDate *updated);
/* The "$schema" member: where editors find the bundle's JSON Schema. Kept, never interpreted. */
const char         *briefing_bundle_get_schema_uri   (BriefingBundle     *self);
void                briefing_bundle_set_schema_uri   (BriefingBundle     *self,
                                                      const char         *schema_uri);
/* The file the bundle was read from, if any; relative image paths resolve against its folder. */
GFile              *briefing_bundle_get_file         (BriefingBundle     *self);
void                briefing_bundle_set_file         (BriefingBundle     *self,
                                                      GFile              *file);

/* (element-type BriefingParty) (transfer none) */
GListModel         *briefing_bundle_get_parties      (BriefingBundle     *self);
/* (element-type BriefingArticle) (transfer none) */
GListModel         *briefing_bundle_get_articles     (BriefingBundle     *self);
/* (element-type BriefingEvent) (transfer none); in the order of the file */
GListModel         *briefing_bundle_get_events       (BriefingBundle     *self);
/* (element-type BriefingDemand) (transfer none) */
GListModel         *briefing_bundle_get_demands      (BriefingBundle     *self);

/* Adding fails (FALSE) when the id is already taken by any item of the bundle. */
gboolean            briefing_bundle_add_party        (BriefingBundle     *self,
                                                      BriefingParty      *party);
gboolean            briefing_bundle_add_article      (BriefingBundle     *self,
                                                      BriefingArticle    *article);
gboolean            briefing_bundle_add_event        (BriefingBundle     *self,
                                                      BriefingEvent      *event);
gboolean            briefing_bundle_add_demand       (BriefingBundle     *self,
                                                      BriefingDemand     *demand);

/* (transfer none) (nullable) */
GObject            *briefing_bundle_lookup           (BriefingBundle     *self,
                                                      const char         *id);
BriefingParty      *briefing_bundle_lookup_party     (BriefingBundle     *self,
                                                      const char         *id);
BriefingArticle    *briefing_bundle_lookup_article   (BriefingBundle     *self,
                                                      const char         *id);
BriefingEvent      *briefing_bundle_lookup_event     (BriefingBundle     *self,
                                                      const char         *id);
BriefingDemand     *briefing_bundle_lookup_demand    (BriefingBundle     *self,
                                                      const char         *id);

/* The language of an article's text: its own, or the bundle's. */
const char         *briefing_bundle_get_article_language (BriefingBundle  *self,
                                                          BriefingArticle *article);
/* "6 articles, 9 events, 14 demands, 4 parties", translated, with plurals. */
char               *briefing_bundle_dup_summary      (BriefingBundle     *self);
gboolean            briefing_bundle_equal            (BriefingBundle     *a,
                                                      BriefingBundle     *b);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Making and freeing the parts of a BriefingComposition: for the composer (briefing-composer.c,
 * briefing-composer-notes.c) only; renderers read a composition and never build one. */
#pragma once

#include "briefing-composition.h"

G_BEGIN_DECLS

BriefingComposition        *briefing_composition_new            (BriefingBundle *bundle);

BriefingStatement          *briefing_statement_new              (const char     *text);
void                        briefing_statement_free             (BriefingStatement *statement);
/* Adds a source number, keeping them ascending and without repeats; 0 (no source) is ignored. */
void                        briefing_statement_add_source       (BriefingStatement *statement,
                                                                 guint           number);
/* The same for a bare array of numbers (an event's own sources). */
void                        briefing_sources_add                (GArray         *sources,
                                                                 guint           number);
GArray                     *briefing_sources_new                (void);

void                        briefing_composed_outcome_free      (BriefingComposedOutcome    *outcome);
BriefingComposedEvent      *briefing_composed_event_new         (BriefingEvent              *event);
void                        briefing_composed_event_free        (BriefingComposedEvent      *event);
void                        briefing_composed_response_free     (BriefingComposedResponse   *response);
BriefingComposedDemand     *briefing_composed_demand_new        (BriefingDemand             *demand);
void                        briefing_composed_demand_free       (BriefingComposedDemand     *demand);
BriefingComposedParty      *briefing_composed_party_new         (BriefingParty              *party);
void                        briefing_composed_party_free        (BriefingComposedParty      *party);
void                        briefing_composed_question_free     (BriefingComposedQuestion   *question);
void                        briefing_composed_annotation_free   (BriefingComposedAnnotation *annotation);
BriefingAnnotationGroup    *briefing_annotation_group_new       (const char                 *label,
                                                                 const char                 *color);
void                        briefing_annotation_group_free      (BriefingAnnotationGroup    *group);
void                        briefing_source_free                (BriefingSource             *source);

/* The numbering of sources while the composer walks the sections. */
typedef struct _BriefingSourceTable BriefingSourceTable;

/* @enabled FALSE: nothing is numbered (the briefing has no Sources section); every lookup is 0. */
BriefingSourceTable        *briefing_source_table_new           (BriefingBundle      *bundle,
                                                                 gboolean             enabled);
void                        briefing_source_table_free          (BriefingSourceTable *table);
/* The number of @article_id, giving it the next one on its first citation; 0 when it is not an
 * article of the bundle or numbering is off. */
guint                       briefing_source_table_number        (BriefingSourceTable *table,
                                                                 const char          *article_id);
/* Numbers the articles of @citations (element-type BriefingCitation, nullable) into @sources. */
void                        briefing_source_table_cite          (BriefingSourceTable *table,
                                                                 GPtrArray           *citations,
                                                                 GArray              *sources);
/* The numbered sources, in order. (transfer full) (element-type BriefingSource) */
GPtrArray                  *briefing_source_table_steal_sources (BriefingSourceTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingSourceTable, briefing_source_table_free)

/* The instants a date covers at its precision, in Unix seconds: [@start, @end). "June 2025" runs
 * from 1 June to 1 July. */
void                        briefing_composer_date_span         (const BriefingDate  *date,
                                                                 gint64              *start,
                                                                 gint64              *end);

/* The questions and annotations of the briefing (briefing-composer-notes.c). @shown_events maps
 * the id of each event shown to its place in time (from 1), @shown_demands holds the ids of the
 * demands shown: notes on other events and demands are left out. */
void                        briefing_compose_notes              (BriefingComposition         *composition,
                                                                 BriefingAnnotationStore     *annotations,
                                                                 const BriefingExportOptions *options,
                                                                 GHashTable                  *shown_events,
                                                                 GHashTable                  *shown_demands,
                                                                 BriefingSourceTable         *sources);

G_END_DECLS

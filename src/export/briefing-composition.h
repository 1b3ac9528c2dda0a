/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A briefing as composed from a bundle, the user's annotations and the user's choices: what goes in
 * and in which order, decided once by briefing_compose() (briefing-composer.c). Every output — PDF,
 * print, JSON, TimelineJS, Markdown — renders this same structure and decides nothing about content.
 * Every statement carries the numbers of its sources (1-based, in the order the sources are first
 * cited), which index the Sources section. A plain, reference-counted value; renderers read its
 * fields directly and never change them.
 *
 * What briefing_compose() puts in, and in which order:
 *
 * - Events: the bundle's events in time order (briefing_bundle_dup_events_in_order()), those whose
 *   span — start to end, each at its precision, so "June 2025" covers the whole month — overlaps
 *   from..to; only options.event_ids when given; and, when options.party_ids is given, only events
 *   that involve a party shown or name no party at all. The period runs from the first start shown
 *   to the latest end (or start) shown.
 * - Parties: options.party_ids or all, sides (role "party") first, then mediators, hosts and
 *   observers, each in the bundle's order. Party lists of events and responses keep to them.
 * - Latest round: the last talks event shown, whatever the sections. The "recent" events are those
 *   shown from it on (without a round, the last event shown): what changed since the round before.
 * - Bottom line: up to three sentences from the latest round's outcomes, in this order, each left
 *   out when it would be empty: "Agreed: X; Y." (agreed), "Not agreed: …" (rejected), "Pending or
 *   proposed: …" (pending, proposed and discussed: nothing decided), each with the sources of its
 *   outcomes; then options.summary as it is.
 * - Positions: as of the last event shown (briefing_positions_at()), each party shown with its
 *   demands in the bundle's order — those on the table then, and those dropped during the period
 *   (change DROPPED); a demand dropped before the period is left out. A demand's change is the
 *   first of dropped, new, reiterated, answered that its positions at the recent events show, else
 *   NONE. Its statement is its text with the sources of its citations (and of its dispute's).
 *   Responses come only from parties shown, in the parties' order, each the latest up to the last
 *   event; "changed" when it was given at a recent event. The convergence table
 *   (briefing_convergence_new() at the last event) keeps the columns of parties shown and the rows
 *   (issues) where one of them has a standing.
 * - Open questions: annotations of kind QUESTION, by deadline (earliest first; questions without a
 *   deadline last; then by creation and id). Overdue when the whole span of the deadline ("June
 *   2025" runs to 30 June) is over before the briefing's date. The owner is the party's name when
 *   it is a party id of the bundle.
 * - Annotations: highlights and notes, grouped by colour (in briefing_annotation_colors order,
 *   labelled with the store's meaning of the colour; those without a colour last, "No colour") or
 *   by tag (alphabetically, an annotation under each of its tags; untagged last, "Untagged"). Items
 *   in reading order: notes on the bundle, then article annotations (articles in the bundle's order,
 *   then by place in the text), then notes on events (time order), then on demands (bundle order).
 * - Questions and annotations attached to an event or a demand that the briefing does not show
 *   (filtered out by date, event or party) are left out; those on articles and the bundle stay.
 * - Sources: articles are numbered from 1, without gaps, in the order they are first cited while
 *   walking the sections in order — bottom line, timeline (each event, then its outcomes),
 *   positions (each demand, then its responses), annotations (an annotated article is a source
 *   too). Only sections asked for count. Without the Sources section, nothing is numbered: every
 *   statement's sources are empty and annotations' source is 0.
 * - A section not asked for is empty (NULL event, empty arrays); title, date, period, parties,
 *   latest round and bundle are always there. The result depends only on the inputs (with
 *   options.date fixed): the same inputs give the same structure and the same bytes in every output.
 */
#pragma once

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"
#include "briefing-convergence.h"
#include "briefing-translation.h"

G_BEGIN_DECLS

/* The sections of a briefing, in their order; each can be switched off. */
typedef enum
{
  BRIEFING_SECTION_COVER       = 1 << 0,
  BRIEFING_SECTION_BOTTOM_LINE = 1 << 1,
  BRIEFING_SECTION_TIMELINE    = 1 << 2,
  BRIEFING_SECTION_POSITIONS   = 1 << 3,
  BRIEFING_SECTION_QUESTIONS   = 1 << 4,
  BRIEFING_SECTION_ANNOTATIONS = 1 << 5,
  BRIEFING_SECTION_SOURCES     = 1 << 6,
  BRIEFING_SECTION_ALL         = (1 << 7) - 1,
} BriefingSections;

/* Nick of each section for command lines and JSON: "cover", "bottom-line", "timeline", "positions",
 * "questions", "annotations", "sources". Parses a comma-separated list; FALSE on an unknown name. */
const char *briefing_section_to_nick      (BriefingSections  section);
gboolean    briefing_sections_parse       (const char       *list,
                                           BriefingSections *sections,
                                           GError          **error);

typedef enum
{
  BRIEFING_GROUP_BY_COLOR,
  BRIEFING_GROUP_BY_TAG,
} BriefingAnnotationGrouping;

/* What the user asks for. Unset dates and NULL lists mean "everything". */
typedef struct
{
  BriefingSections           sections;
  BriefingDate               from;            /* events on or after; unset: from the first */
  BriefingDate               to;              /* events on or before; unset: to the last */
  char                     **event_ids;       /* only these events (NULL-terminated); NULL: all in range */
  char                     **party_ids;       /* only these parties; NULL: all */
  char                      *title;           /* NULL: the bundle's title */
  char                      *prepared_by;     /* NULL: not shown */
  BriefingDate               date;            /* the briefing's date; unset: today (UTC) */
  BriefingAnnotationGrouping grouping;
  char                      *summary;         /* the user's own bottom-line note; NULL: none */
  char                      *language;        /* of titles, labels and dates ("uk"); NULL: the
                                               * interface's. Checked with briefing_catalog_get() */
} BriefingExportOptions;

void briefing_export_options_init  (BriefingExportOptions *options);  /* all sections, everything */
void briefing_export_options_clear (BriefingExportOptions *options);

/* One statement shown as fact, with the sources behind it. */
typedef struct
{
  char   *text;
  GArray *sources;  /* of guint: source numbers, ascending, no repeats */
} BriefingStatement;

typedef struct
{
  BriefingOutcomeStatus  status;
  BriefingStatement     *statement;
  char                  *disputed;   /* the dispute's note, or NULL */
} BriefingComposedOutcome;

typedef struct
{
  BriefingEvent *event;              /* (owned ref) */
  GPtrArray     *participants;       /* of BriefingParty (owned refs) */
  GPtrArray     *mediators;          /* of BriefingParty */
  GPtrArray     *outcomes;           /* of BriefingComposedOutcome */
  GArray        *sources;            /* of guint: sources of the event itself */
  char          *disputed;           /* the event's dispute note, or NULL */
} BriefingComposedEvent;

typedef struct
{
  BriefingParty     *party;          /* (owned ref) the party that answers */
  BriefingStance     stance;
  char              *note;           /* nullable */
  BriefingStatement *statement;      /* the answer as a sentence, with its sources */
  gboolean           changed;        /* given at the latest round or after it */
} BriefingComposedResponse;

typedef struct
{
  BriefingDemand    *demand;         /* (owned ref) */
  BriefingStatement *statement;      /* the demand, with its sources */
  BriefingChange     change;         /* at the latest round or after it */
  GPtrArray         *responses;      /* of BriefingComposedResponse, in party order */
  char              *disputed;       /* nullable */
} BriefingComposedDemand;

typedef struct
{
  BriefingParty *party;              /* (owned ref) */
  GPtrArray     *demands;            /* of BriefingComposedDemand */
} BriefingComposedParty;

typedef struct
{
  BriefingAnnotation *annotation;    /* (owned ref) */
  char               *text;          /* the question */
  char               *owner;         /* a party's name or a person's, or NULL */
  char               *about;         /* what it is attached to, e.g. an event title; nullable */
  gboolean            overdue;       /* deadline before the briefing's date */
} BriefingComposedQuestion;

typedef struct
{
  BriefingAnnotation *annotation;    /* (owned ref) */
  char               *quote;         /* the highlighted words, or NULL for notes on events/demands */
  char               *about;         /* article headline, event or demand it belongs to */
  guint               source;        /* source number of the article, 0 when none */
} BriefingComposedAnnotation;

typedef struct
{
  char      *label;                  /* the colour's meaning or the tag */
  char      *color;                  /* the colour, when grouped by colour; else NULL */
  GPtrArray *items;                  /* of BriefingComposedAnnotation */
} BriefingAnnotationGroup;

typedef struct
{
  guint            number;           /* 1-based */
  BriefingArticle *article;          /* (owned ref) */
} BriefingSource;

typedef struct
{
  int                  ref_count;

  /* What it covers */
  BriefingBundle      *bundle;        /* (owned ref) */
  BriefingSections     sections;
  char                *title;
  char                *subject;       /* the bundle's description, or NULL */
  char                *prepared_by;   /* nullable */
  BriefingDate         date;          /* of the briefing */
  BriefingDate         period_start;  /* of the events shown; unset when none */
  BriefingDate         period_end;
  GPtrArray           *parties;       /* of BriefingParty shown (owned refs), sides first */
  BriefingCatalog     *catalog;       /* the briefing's words when not the interface's; nullable */

  /* Bottom line: the latest round's outcomes in a few sentences, then the user's summary */
  BriefingEvent       *latest_round;  /* nullable (owned ref); set whatever the sections */
  GPtrArray           *bottom_line;   /* of BriefingStatement */
  char                *summary;       /* nullable */

  /* Timeline */
  GPtrArray           *events;        /* of BriefingComposedEvent, in time order */

  /* Positions as of the last event shown, and what changed from the latest round on */
  BriefingEvent       *positions_at;  /* nullable (owned ref) */
  GPtrArray           *positions;     /* of BriefingComposedParty */
  BriefingConvergence *convergence;   /* (owned ref) nullable */
  GPtrArray           *convergence_parties; /* of BriefingParty: the table's columns, parties shown */
  GStrv                convergence_issues;  /* the table's rows: categories where one has a standing */

  /* Open questions, by deadline (questions without one last) */
  GPtrArray           *questions;     /* of BriefingComposedQuestion */

  /* Highlights and notes, grouped */
  GPtrArray           *annotations;   /* of BriefingAnnotationGroup */
  BriefingAnnotationGrouping grouping;

  /* Every article cited above, numbered */
  GPtrArray           *sources;       /* of BriefingSource */
} BriefingComposition;

#define BRIEFING_TYPE_COMPOSITION (briefing_composition_get_type ())

GType                briefing_composition_get_type (void) G_GNUC_CONST;
BriefingComposition *briefing_composition_ref      (BriefingComposition *composition);
void                 briefing_composition_unref    (BriefingComposition *composition);

/* Composes the briefing. @annotations may be NULL (no questions or annotations then). */
BriefingComposition *briefing_compose              (BriefingBundle              *bundle,
                                                    BriefingAnnotationStore     *annotations,
                                                    const BriefingExportOptions *options);

/* Makes the briefing's language current for this thread, for renderers that run outside
 * briefing_export_write() (printing, counting pages); undo with briefing_translation_pop(). */
void                 briefing_composition_push_language (BriefingComposition *composition);
/* "uk", or NULL when the briefing speaks the interface's language. */
const char          *briefing_composition_get_language  (BriefingComposition *composition);

/* The heading of a section ("Bottom line", "Sources") and the short line shown under it when the
 * user asked for it but it has nothing to show ("No open questions."); both translated. */
const char          *briefing_section_get_title     (BriefingSections     section);
const char          *briefing_section_get_empty_text (BriefingSections    section);
/* TRUE when @section was asked for and has nothing in it: renderers then show its heading and its
 * empty text, never an empty heading. The cover is never empty. */
gboolean             briefing_composition_section_is_empty (BriefingComposition *composition,
                                                            BriefingSections     section);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingComposition, briefing_composition_unref)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The *_equal() functions that the writer's round-trip tests rely on: each sees every field. */
#define G_LOG_DOMAIN "test-model-equal"

#include "config.h"

#include <string.h>

#include "briefing-article.h"
#include "briefing-bundle.h"
#include "briefing-citation.h"
#include "briefing-date.h"
#include "briefing-demand.h"
#include "briefing-dispute.h"
#include "briefing-event.h"
#include "briefing-outcome.h"
#include "briefing-party.h"
#include "briefing-person.h"
#include "briefing-response.h"

static BriefingDate
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  BriefingDate date = { 0 };

  g_assert_true (briefing_date_parse (text, &date, &error));
  g_assert_no_error (error);

  return date;
}

static BriefingBundle *
make_bundle (void)
{
  BriefingBundle *bundle = briefing_bundle_new ("istanbul-2025", "Istanbul talks");
  BriefingDate date = parse_date ("2025-06-02");
  g_autoptr(BriefingParty) ua = briefing_party_new ("ua", "Ukraine", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) ru = briefing_party_new ("ru", "Russia", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingArticle) article = briefing_article_new ("a1", "Talks end");
  g_autoptr(BriefingEvent) event = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS,
                                                       "Second round", &date);
  g_autoptr(BriefingDemand) demand = briefing_demand_new ("d1", "ua", "A ceasefire", "ceasefire");

  briefing_bundle_set_language (bundle, "en");
  g_assert_true (briefing_bundle_add_party (bundle, ua));
  g_assert_true (briefing_bundle_add_party (bundle, ru));
  g_assert_true (briefing_bundle_add_article (bundle, article));
  g_assert_true (briefing_bundle_add_event (bundle, event));
  g_assert_true (briefing_bundle_add_demand (bundle, demand));

  return bundle;
}

static BriefingCitation *
make_citation (const char *source,
               const char *exact)
{
  BriefingCitation *citation = briefing_citation_new (source, exact);

  briefing_citation_set_prefix (citation, "agreed to ");
  briefing_citation_set_suffix (citation, ".");
  briefing_citation_set_position (citation, 10, 20);

  return citation;
}

static BriefingDispute *
make_dispute (void)
{
  BriefingDispute *dispute = briefing_dispute_new ("Sources disagree on the number");
  g_autoptr(BriefingCitation) first = make_citation ("a1", "50 prisoners");
  g_autoptr(BriefingCitation) second = make_citation ("a2", "60 prisoners");

  briefing_dispute_add_citation (dispute, first);
  briefing_dispute_add_citation (dispute, second);

  return dispute;
}

/* Person */

static BriefingParty *
make_party (void)
{
  BriefingParty *party = briefing_party_new ("ua", "Ukraine", BRIEFING_PARTY_ROLE_PARTY);

  briefing_party_set_short_name (party, "UA");
  briefing_party_set_color (party, "#1c71d8");
  briefing_party_set_reliability_notes (party, "Official statements only.");
  briefing_party_add_representative (party, "Rustem Umerov", "Minister of Defence");

  return party;
}

static void
test_equal_party (void)
{
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(BriefingParty) a = make_party ();
      g_autoptr(BriefingParty) b = make_party ();

      g_assert_true (briefing_party_equal (a, b));

      switch (i)
        {
        case 0: briefing_party_set_name (b, "Ukraïna"); break;
        case 1: briefing_party_set_short_name (b, NULL); break;
        case 2: briefing_party_set_role (b, BRIEFING_PARTY_ROLE_OBSERVER); break;
        case 3: briefing_party_set_color (b, "#1c71d9"); break;
        case 4: briefing_party_set_reliability_notes (b, ""); break;
        case 5: briefing_party_add_representative (b, "Kyrylo Budanov", NULL); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_party_equal (a, b));
      g_assert_false (briefing_party_equal (b, a));
    }
}

static BriefingArticle *
make_article (void)
{
  BriefingArticle *article = briefing_article_new ("a1", "Talks end without a truce");
  BriefingDate published = parse_date ("2025-06-02");
  const char * const paragraphs[] = { "One.", "Two.", NULL };
  const char * const authors[] = { "Ann Author", NULL };

  briefing_article_set_publisher (article, "Example Wire");
  briefing_article_set_url (article, "https://example.org/talks");
  briefing_article_set_published (article, &published);
  briefing_article_set_language (article, "en");
  briefing_article_set_source_grade (article, BRIEFING_SOURCE_GRADE_B);
  briefing_article_set_authors (article, authors);
  briefing_article_add_image (article, briefing_image_new ("talks.jpg", "The table", "AP"));
  briefing_article_set_paragraphs (article, paragraphs);

  return article;
}

static void
test_equal_article (void)
{
  for (guint i = 0; i < 11; i++)
    {
      g_autoptr(BriefingArticle) a = make_article ();
      g_autoptr(BriefingArticle) b = make_article ();
      BriefingDate date = parse_date ("2025-06-03");
      const char * const authors[] = { "Ann Author", "Bo Writer", NULL };
      const char * const paragraphs[] = { "One.", "Two!", NULL };
      BriefingImage *image = g_ptr_array_index (briefing_article_get_images (b), 0);

      g_assert_true (briefing_article_equal (a, b));

      switch (i)
        {
        case 0: briefing_article_set_headline (b, "Talks end"); break;
        case 1: briefing_article_set_publisher (b, NULL); break;
        case 2: briefing_article_set_url (b, "https://example.org/"); break;
        case 3: briefing_article_set_published (b, &date); break;
        case 4: briefing_article_set_language (b, "uk"); break;
        case 5: briefing_article_set_source_grade (b, BRIEFING_SOURCE_GRADE_C); break;
        case 6: briefing_article_set_authors (b, authors); break;
        case 7: g_clear_pointer (&image->credit, g_free); break;
        case 8: briefing_article_set_paragraphs (b, paragraphs); break;
        case 9: briefing_article_set_paragraphs (b, NULL); break;
        case 10: briefing_article_add_image (b, briefing_image_new ("x.png", NULL, NULL)); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_article_equal (a, b));
      g_assert_false (briefing_article_equal (b, a));
    }
}

static void
test_equal_citation (void)
{
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(BriefingCitation) a = make_citation ("a1", "swap");
      g_autoptr(BriefingCitation) b = make_citation ("a1", "swap");
      g_autoptr(GPtrArray) list_a = g_ptr_array_new ();
      g_autoptr(GPtrArray) list_b = g_ptr_array_new ();

      /* The anchor is derived by the reader, not said by the bundle. */
      briefing_citation_set_anchor (b, 1, 5);
      g_assert_true (briefing_citation_equal (a, b));

      g_ptr_array_add (list_a, a);
      g_ptr_array_add (list_b, b);
      g_assert_true (briefing_citation_list_equal (list_a, list_b));

      switch (i)
        {
        case 0: briefing_citation_set_source (b, "a2"); break;
        case 1: briefing_citation_set_exact (b, "swap 50"); break;
        case 2: briefing_citation_set_prefix (b, NULL); break;
        case 3: briefing_citation_set_suffix (b, "!"); break;
        case 4: briefing_citation_set_position (b, 10, 21); break;
        case 5: briefing_citation_clear_position (b); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_citation_equal (a, b));
      g_assert_false (briefing_citation_list_equal (list_a, list_b));
    }

  g_assert_true (briefing_citation_list_equal (NULL, NULL));
}

static void
test_equal_dispute (void)
{
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(BriefingDispute) a = make_dispute ();
      g_autoptr(BriefingDispute) b = make_dispute ();
      g_autoptr(BriefingCitation) extra = briefing_citation_new ("a3", "70");
      BriefingCitation *first = g_ptr_array_index (briefing_dispute_get_citations (b), 0);

      g_assert_true (briefing_dispute_equal (a, b));

      switch (i)
        {
        case 0: briefing_dispute_set_note (b, "Other note"); break;
        case 1: briefing_dispute_add_citation (b, extra); break;
        case 2: briefing_citation_set_exact (first, "49 prisoners"); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_dispute_equal (a, b));
      g_assert_false (briefing_dispute_equal (a, NULL));
    }

  g_assert_true (briefing_dispute_equal (NULL, NULL));
}

static BriefingOutcome *
make_outcome (void)
{
  BriefingOutcome *outcome = briefing_outcome_new ("Exchange of prisoners",
                                                   BRIEFING_OUTCOME_STATUS_AGREED);
  g_autoptr(BriefingCitation) citation = make_citation ("a1", "swap");
  g_autoptr(BriefingDispute) dispute = make_dispute ();

  briefing_outcome_add_citation (outcome, citation);
  briefing_outcome_set_disputed (outcome, dispute);

  return outcome;
}

static void
test_equal_outcome (void)
{
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BriefingOutcome) a = make_outcome ();
      g_autoptr(BriefingOutcome) b = make_outcome ();
      g_autoptr(BriefingCitation) extra = briefing_citation_new ("a2", "swap");

      g_assert_true (briefing_outcome_equal (a, b));

      switch (i)
        {
        case 0: briefing_outcome_set_text (b, "Exchange"); break;
        case 1: briefing_outcome_set_status (b, BRIEFING_OUTCOME_STATUS_PENDING); break;
        case 2: briefing_outcome_add_citation (b, extra); break;
        case 3: briefing_outcome_set_disputed (b, NULL); break;
        case 4: briefing_dispute_set_note (briefing_outcome_get_disputed (b), "x"); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_outcome_equal (a, b));
    }
}

static BriefingEvent *
make_event (void)
{
  BriefingDate start = parse_date ("2025-06-02T13:40:00+03:00");
  BriefingDate end = parse_date ("2025-06-02T14:50:00+03:00");
  BriefingEvent *event = briefing_event_new ("r2", BRIEFING_EVENT_KIND_TALKS, "Second round",
                                             &start);
  g_autoptr(BriefingOutcome) outcome = make_outcome ();
  g_autoptr(BriefingCitation) citation = make_citation ("a1", "Istanbul");
  g_autoptr(BriefingDispute) dispute = make_dispute ();

  briefing_event_set_description (event, "At the Çırağan Palace");
  briefing_event_set_end (event, &end);
  briefing_event_set_duration (event, 4200);
  briefing_event_set_precision (event, BRIEFING_DATE_PRECISION_DAY);
  briefing_event_set_round (event, 2);
  briefing_event_set_location (event, "Istanbul");
  briefing_event_set_host (event, "tr");
  briefing_event_add_participant (event, "ua");
  briefing_event_add_participant (event, "ru");
  briefing_event_add_mediator (event, "tr");
  briefing_event_add_delegation_head (event, "ua", "Rustem Umerov", "Minister");
  briefing_event_add_outcome (event, outcome);
  briefing_event_add_citation (event, citation);
  briefing_event_set_disputed (event, dispute);

  return event;
}

static void
test_equal_event (void)
{
  for (guint i = 0; i < 18; i++)
    {
      g_autoptr(BriefingEvent) a = make_event ();
      g_autoptr(BriefingEvent) b = make_event ();
      g_autoptr(BriefingCitation) citation = briefing_citation_new ("a2", "x");
      BriefingDate date = parse_date ("2025-06-02T13:41:00+03:00");
      BriefingOutcome *outcome = g_ptr_array_index (briefing_event_get_outcomes (b), 0);

      g_assert_true (briefing_event_equal (a, b));

      switch (i)
        {
        case 0: briefing_event_set_kind (b, BRIEFING_EVENT_KIND_OTHER); break;
        case 1: briefing_event_set_title (b, "2nd round"); break;
        case 2: briefing_event_set_description (b, NULL); break;
        case 3: briefing_event_set_start (b, &date); break;
        case 4: briefing_event_set_end (b, NULL); break;
        case 5: briefing_event_set_end (b, &date); break;
        case 6: briefing_event_set_duration (b, -1); break;
        case 7: briefing_event_unset_precision (b); break;
        case 8: briefing_event_set_precision (b, BRIEFING_DATE_PRECISION_MONTH); break;
        case 9: briefing_event_set_round (b, 0); break;
        case 10: briefing_event_set_location (b, "Ankara"); break;
        case 11: briefing_event_set_host (b, NULL); break;
        case 12: briefing_event_add_participant (b, "us"); break;
        case 13: briefing_event_add_mediator (b, "us"); break;
        case 14: briefing_event_add_delegation_head (b, "ru", "Vladimir Medinsky", NULL); break;
        case 15: briefing_outcome_set_status (outcome, BRIEFING_OUTCOME_STATUS_REJECTED); break;
        case 16: briefing_event_add_citation (b, citation); break;
        case 17: briefing_event_set_disputed (b, NULL); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_event_equal (a, b));
      g_assert_false (briefing_event_equal (b, a));
    }
}

static BriefingResponse *
make_response (void)
{
  BriefingResponse *response = briefing_response_new ("ru", "r2", BRIEFING_STANCE_REJECTS);
  g_autoptr(BriefingCitation) citation = make_citation ("a1", "refused");
  g_autoptr(BriefingDispute) dispute = make_dispute ();

  briefing_response_set_note (response, "Called it a pause");
  briefing_response_add_citation (response, citation);
  briefing_response_set_disputed (response, dispute);

  return response;
}

static void
test_equal_response (void)
{
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(BriefingResponse) a = make_response ();
      g_autoptr(BriefingResponse) b = make_response ();
      g_autoptr(BriefingCitation) citation = briefing_citation_new ("a2", "x");

      g_assert_true (briefing_response_equal (a, b));

      switch (i)
        {
        case 0: briefing_response_set_party (b, "us"); break;
        case 1: briefing_response_set_event (b, "r1"); break;
        case 2: briefing_response_set_stance (b, BRIEFING_STANCE_CONDITIONAL); break;
        case 3: briefing_response_set_note (b, NULL); break;
        case 4: briefing_response_add_citation (b, citation); break;
        case 5: briefing_response_set_disputed (b, NULL); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_response_equal (a, b));
    }
}

static BriefingDemand *
make_demand (void)
{
  BriefingDemand *demand = briefing_demand_new ("d1", "ua", "A 30-day truce", "ceasefire");
  g_autoptr(BriefingResponse) response = make_response ();
  g_autoptr(BriefingCitation) citation = make_citation ("a1", "called for a 30-day truce");
  g_autoptr(BriefingDispute) dispute = make_dispute ();

  briefing_demand_set_first_stated (demand, "r1");
  briefing_demand_add_reiterated (demand, "r2");
  briefing_demand_set_withdrawn (demand, "r3");
  briefing_demand_set_credibility (demand, 2);
  briefing_demand_add_response (demand, response);
  briefing_demand_add_citation (demand, citation);
  briefing_demand_set_disputed (demand, dispute);

  return demand;
}

static void
test_equal_demand (void)
{
  for (guint i = 0; i < 11; i++)
    {
      g_autoptr(BriefingDemand) a = make_demand ();
      g_autoptr(BriefingDemand) b = make_demand ();
      g_autoptr(BriefingCitation) citation = briefing_citation_new ("a2", "x");
      BriefingResponse *response = g_ptr_array_index (briefing_demand_get_responses (b), 0);

      g_assert_true (briefing_demand_equal (a, b));

      switch (i)
        {
        case 0: briefing_demand_set_party (b, "ru"); break;
        case 1: briefing_demand_set_text (b, "A truce"); break;
        case 2: briefing_demand_set_category (b, "security"); break;
        case 3: briefing_demand_set_first_stated (b, "r0"); break;
        case 4: briefing_demand_add_reiterated (b, "r4"); break;
        case 5: briefing_demand_set_withdrawn (b, NULL); break;
        case 6: briefing_demand_set_credibility (b, 0); break;
        case 7: briefing_response_set_stance (response, BRIEFING_STANCE_ACCEPTS); break;
        case 8: briefing_demand_add_citation (b, citation); break;
        case 9: briefing_demand_set_disputed (b, NULL); break;
        case 10: briefing_demand_add_response (b, response); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_demand_equal (a, b));
      g_assert_false (briefing_demand_equal (b, a));
    }
}

static void
test_equal_bundle (void)
{
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(BriefingBundle) a = make_bundle ();
      g_autoptr(BriefingBundle) b = make_bundle ();
      BriefingDate date = parse_date ("2025-06-04T09:00:00Z");
      g_autoptr(BriefingParty) party = briefing_party_new ("tr", "Türkiye",
                                                           BRIEFING_PARTY_ROLE_HOST);

      g_assert_true (briefing_bundle_equal (a, b));

      switch (i)
        {
        case 0: briefing_bundle_set_title (b, "Istanbul"); break;
        case 1: briefing_bundle_set_description (b, "Second round"); break;
        case 2: briefing_bundle_set_language (b, "uk"); break;
        case 3: briefing_bundle_set_created (b, &date); break;
        case 4: briefing_bundle_set_updated (b, &date); break;
        case 5: briefing_bundle_add_party (b, party); break;
        case 6:
          briefing_party_set_color (briefing_bundle_lookup_party (b, "ru"), "#c01c28");
          break;
        case 7:
          briefing_article_set_paragraphs (briefing_bundle_lookup_article (b, "a1"), NULL);
          briefing_article_set_publisher (briefing_bundle_lookup_article (b, "a1"), "Wire");
          break;
        case 8: briefing_event_set_round (briefing_bundle_lookup_event (b, "r2"), 2); break;
        case 9: briefing_demand_set_credibility (briefing_bundle_lookup_demand (b, "d1"), 6); break;
        default: g_assert_not_reached ();
        }

      g_assert_false (briefing_bundle_equal (a, b));
      g_assert_false (briefing_bundle_equal (b, a));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/equal/party", test_equal_party);
  g_test_add_func ("/model/equal/article", test_equal_article);
  g_test_add_func ("/model/equal/citation", test_equal_citation);
  g_test_add_func ("/model/equal/dispute", test_equal_dispute);
  g_test_add_func ("/model/equal/outcome", test_equal_outcome);
  g_test_add_func ("/model/equal/event", test_equal_event);
  g_test_add_func ("/model/equal/response", test_equal_response);
  g_test_add_func ("/model/equal/demand", test_equal_demand);
  g_test_add_func ("/model/equal/bundle", test_equal_bundle);

  return g_test_run ();
}

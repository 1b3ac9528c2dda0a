/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The event card, the article list and the reader, each shown in a window under Xvfb with the
 * sample bundle. Screenshots, light and dark, go to the build directory's tests/screenshots/. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-article-list.h"
#include "briefing-article-row.h"
#include "briefing-bundle-reader.h"
#include "briefing-event-card.h"
#include "briefing-labels.h"
#include "briefing-reader.h"
#include "briefing-tooltip.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static BriefingBundle *bundle;

/* Runs the main loop until @done says so, for at most five seconds. */
static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

static GtkWindow *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_application (window, GTK_APPLICATION (app));
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  briefing_test_settle (GTK_WIDGET (window));

  return window;
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

/* The first drawable widget under @widget, depth first, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (gtk_widget_is_drawable (widget) && match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_is (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A row of the article list, drawn, showing the article with this headline. */
static gboolean
row_for_headline (GtkWidget     *widget,
                  gconstpointer  headline)
{
  BriefingArticle *article;

  return BRIEFING_IS_ARTICLE_ROW (widget) &&
         (article = briefing_article_row_get_article (BRIEFING_ARTICLE_ROW (widget))) != NULL &&
         g_strcmp0 (briefing_article_get_headline (article), headline) == 0;
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_citation_quoting (GtkWidget     *widget,
                     gconstpointer  exact)
{
  const char *tooltip = briefing_widget_get_tooltip (widget);

  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "citation") && tooltip != NULL &&
         strstr (tooltip, exact) != NULL;
}

#define find_of_type(widget, type) find_widget ((widget), is_of_type, GSIZE_TO_POINTER (type))

/* "win.show-quote", as the window will provide it, recording what it was given. */
static GVariant *shown_quote;

static void
show_quote_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_clear_pointer (&shown_quote, g_variant_unref);
  shown_quote = g_variant_ref (parameter);
}

static void
insert_win_actions (GtkWidget *widget)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-quote", G_VARIANT_TYPE ("(stt)"));

  g_signal_connect (action, "activate", G_CALLBACK (show_quote_activated), NULL);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (widget, "win", G_ACTION_GROUP (group));
}

static GtkWindow *
show_event_card (const char *event_id)
{
  GtkWidget *card = briefing_event_card_new ();
  GtkWindow *window;

  briefing_event_card_set_bundle (BRIEFING_EVENT_CARD (card), bundle);
  briefing_event_card_set_event (BRIEFING_EVENT_CARD (card), briefing_bundle_lookup_event (bundle, event_id));
  window = show_in_window (card, 440, 860);
  insert_win_actions (GTK_WIDGET (window));
  /* The buttons pick up the action a main loop iteration later. */
  briefing_test_settle (GTK_WIDGET (window));

  return window;
}

static void
test_event_card_shows_event (void)
{
  GtkWindow *window = show_event_card ("e-round2");
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *chip_label;

  g_assert_nonnull (find_widget (root, label_is, "Round 2 · Talks"));
  g_assert_nonnull (find_widget (root, label_is, "Second round of direct talks"));
  g_assert_nonnull (find_widget (root, label_is, "2 June 2025 · 1 h 30 min"));
  g_assert_nonnull (find_widget (root, label_contains, "2 June 2025"));
  g_assert_nonnull (find_widget (root, label_is, "Çırağan Palace, Istanbul"));
  g_assert_nonnull (find_widget (root, label_is, "Rustem Umerov, Defence Minister (Ukraine)"));
  g_assert_nonnull (find_widget (root, label_is, "Türkiye"));

  /* The status is a chip with its own class and an icon, not a colour alone. */
  chip_label = find_widget (root, label_is, "Agreed");
  g_assert_nonnull (chip_label);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (chip_label), "status-chip"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (chip_label), "status-agreed"));
  g_assert_true (GTK_IS_IMAGE (gtk_widget_get_first_child (gtk_widget_get_parent (chip_label))));
  g_assert_nonnull (find_widget (root, label_is, "Rejected"));
  g_assert_nonnull (find_widget (root, label_is, "Discussed"));
  g_assert_nonnull (find_widget (root, label_is, "Proposed"));

  /* The event's own dispute, as a note with its words. */
  g_assert_nonnull (find_widget (root, label_is, "Disputed"));
  g_assert_nonnull (find_widget (root, label_contains, "Reports differ on the length of the session"));

  briefing_test_save_screenshot (root, "event-card");
  gtk_window_destroy (window);
}

static void
test_event_card_citation_shows_quote (void)
{
  GtkWindow *window = show_event_card ("e-round2");
  BriefingEvent *event = briefing_bundle_lookup_event (bundle, "e-round2");
  BriefingOutcome *outcome = g_ptr_array_index (briefing_event_get_outcomes (event), 0);
  BriefingCitation *citation = g_ptr_array_index (briefing_outcome_get_citations (outcome), 0);
  const char *exact = briefing_citation_get_exact (citation);
  g_autofree char *accessible = g_strdup_printf ("Source 5: %s", exact);
  const char *source;
  guint64 start, end;
  gsize anchor_start, anchor_end;
  GtkWidget *button;

  /* Numbered in reading order: two sources of the event and two of its dispute come first. */
  button = find_widget (GTK_WIDGET (window), is_citation_quoting, exact);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "[5]");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_clear_pointer (&shown_quote, g_variant_unref);
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (shown_quote);

  g_assert_true (briefing_citation_get_anchor (citation, &anchor_start, &anchor_end));
  g_variant_get (shown_quote, "(&stt)", &source, &start, &end);
  g_assert_cmpstr (source, ==, "a-round2-long");
  g_assert_cmpuint (start, ==, anchor_start);
  g_assert_cmpuint (end, ==, anchor_end);

  g_clear_pointer (&shown_quote, g_variant_unref);
  gtk_window_destroy (window);
}

static gboolean
is_disputed_flag (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_has_css_class (widget, "disputed-flag");
}

static gboolean
popover_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_event_card_disputed_flag (void)
{
  GtkWindow *window = show_event_card ("e-round2");
  BriefingEvent *event = briefing_bundle_lookup_event (bundle, "e-round2");
  BriefingOutcome *outcome = g_ptr_array_index (briefing_event_get_outcomes (event), 0);
  BriefingDispute *dispute = briefing_outcome_get_disputed (outcome);
  BriefingCitation *citation = g_ptr_array_index (briefing_dispute_get_citations (dispute), 1);
  g_autofree char *accessible = g_strdup_printf ("Disputed: %s", briefing_dispute_get_note (dispute));
  g_autofree char *source_label = g_strdup_printf ("Source: %s", briefing_citation_get_exact (citation));
  GtkWidget *flag = find_widget (GTK_WIDGET (window), is_disputed_flag, NULL);
  GtkPopover *popover;
  GtkWidget *quote = NULL;
  const char *source;
  guint64 start, end;
  gsize anchor_start, anchor_end;

  /* The outcome's dispute is a flag, with the note as its tooltip and name. */
  g_assert_nonnull (flag);
  g_assert_cmpstr (briefing_widget_get_tooltip (flag), ==, briefing_dispute_get_note (dispute));
  g_assert_true (gtk_widget_get_has_tooltip (flag));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);

  /* Its popover sets the differing accounts side by side; each opens its source. */
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (flag));
  gtk_menu_button_popup (GTK_MENU_BUTTON (flag));
  briefing_test_settle (GTK_WIDGET (popover));
  g_assert_nonnull (find_widget (GTK_WIDGET (popover), label_is, briefing_dispute_get_note (dispute)));
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_popover_get_child (popover)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      quote = child;
  g_assert_nonnull (quote);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (quote), GTK_ACCESSIBLE_PROPERTY_LABEL, source_label);
  briefing_test_save_screenshot (GTK_WIDGET (popover), "event-card-dispute");

  g_clear_pointer (&shown_quote, g_variant_unref);
  g_signal_emit_by_name (quote, "clicked");
  g_assert_nonnull (shown_quote);
  g_assert_true (briefing_citation_get_anchor (citation, &anchor_start, &anchor_end));
  g_variant_get (shown_quote, "(&stt)", &source, &start, &end);
  g_assert_cmpstr (source, ==, briefing_citation_get_source (citation));
  g_assert_cmpuint (start, ==, anchor_start);
  g_assert_cmpuint (end, ==, anchor_end);
  wait_for (popover_hidden, popover);

  g_clear_pointer (&shown_quote, g_variant_unref);
  gtk_window_destroy (window);
}

static void
test_event_card_placeholder (void)
{
  GtkWidget *card = briefing_event_card_new ();
  GtkWindow *window;

  briefing_event_card_set_bundle (BRIEFING_EVENT_CARD (card), bundle);
  window = show_in_window (card, 440, 400);
  g_assert_nonnull (find_widget (card, label_is, "Select an event on the timeline to see its details"));
  briefing_test_save_screenshot (GTK_WIDGET (window), "event-card-placeholder");

  /* An event, then none again. */
  briefing_event_card_set_event (BRIEFING_EVENT_CARD (card), briefing_bundle_lookup_event (bundle, "e-drones"));
  briefing_test_settle (card);
  g_assert_nonnull (find_widget (card, label_is, "Military"));
  g_assert_null (find_widget (card, label_is, "Outcomes"));
  briefing_event_card_set_event (BRIEFING_EVENT_CARD (card), NULL);
  briefing_test_settle (card);
  g_assert_nonnull (find_widget (card, label_is, "Select an event on the timeline to see its details"));

  gtk_window_destroy (window);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountWait;

static gboolean
has_n_items (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

/* Types @text in the filter and waits for the list to show @expected rows. */
static void
filter_articles (GtkWidget          *list,
                 GtkSingleSelection *selection,
                 const char         *text,
                 guint               expected)
{
  GtkWidget *entry = find_of_type (list, GTK_TYPE_SEARCH_ENTRY);
  CountWait wait = { G_LIST_MODEL (selection), expected };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_for (has_n_items, &wait);
  briefing_test_settle (list);
}

static GtkWindow *
show_article_list (GtkWidget **list)
{
  *list = briefing_article_list_new ();
  briefing_article_list_set_articles (BRIEFING_ARTICLE_LIST (*list), briefing_bundle_get_articles (bundle));

  return show_in_window (*list, 360, 600);
}

static void
test_article_list_filters_and_selects (void)
{
  GtkWidget *list;
  GtkWindow *window = show_article_list (&list);
  GtkWidget *entry = find_of_type (list, GTK_TYPE_SEARCH_ENTRY);
  GtkListView *view = GTK_LIST_VIEW (find_of_type (list, GTK_TYPE_LIST_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (view));
  BriefingArticle *exchange = briefing_bundle_lookup_article (bundle, "a-exchange");
  g_autoptr(BriefingArticle) first = NULL;

  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Filter articles");

  /* All six, newest first, none selected. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 6);
  g_assert_nonnull (find_widget (list, label_is, "6 articles"));
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_assert_cmpstr (briefing_article_get_id (first), ==, "a-round3");
  {
    /* Its row draws the headline and the byline itself, and says them to screen readers. */
    GtkWidget *row = find_widget (list, row_for_headline, briefing_article_get_headline (first));
    g_autofree char *shown = NULL;

    BriefingSourceGrade grade = briefing_article_get_source_grade (first);

    g_assert_nonnull (row);
    if (grade == BRIEFING_SOURCE_GRADE_NONE)
      shown = g_strdup_printf ("%s. Briefing sample · 24 July 2025", briefing_article_get_headline (first));
    else
      shown = g_strdup_printf ("%s. Briefing sample · 24 July 2025. Source grade: %s",
                               briefing_article_get_headline (first), briefing_source_grade_label (grade));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, shown);

    /* The grade explains itself in a tooltip, over the grade only (at the row's end). */
    if (grade != BRIEFING_SOURCE_GRADE_NONE)
      {
        g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
        int width = gtk_widget_get_width (row);
        gboolean over_grade = FALSE, over_text = TRUE;

        g_assert_true (gtk_widget_get_has_tooltip (row));
        g_signal_emit_by_name (row, "query-tooltip", width - 4, 4, FALSE, tooltip, &over_grade);
        g_signal_emit_by_name (row, "query-tooltip", 4, 4, FALSE, tooltip, &over_text);
        g_assert_true (over_grade);
        g_assert_false (over_text);
      }
  }
  g_assert_null (briefing_article_list_get_selected_article (BRIEFING_ARTICLE_LIST (list)));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  /* One headline has the word; case does not matter. */
  filter_articles (list, selection, "AIRBASES", 1);
  g_assert_nonnull (find_widget (list, row_for_headline,
                                 "Ukrainian drones strike Russian airbases on the eve of the second round"));
  g_assert_nonnull (find_widget (list, label_is, "1 of 6 articles"));

  filter_articles (list, selection, "no such words", 0);
  g_assert_nonnull (find_widget (list, label_is, "No Matching Articles"));
  briefing_test_save_screenshot (GTK_WIDGET (window), "article-list-no-match");
  filter_articles (list, selection, "", 6);

  /* Selecting from outside selects the row. */
  briefing_article_list_set_selected_article (BRIEFING_ARTICLE_LIST (list), exchange);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) exchange);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 4);
  briefing_test_settle (list);
  briefing_test_save_screenshot (GTK_WIDGET (window), "article-list");

  /* Filtered out, it stays the selected article and comes back selected. */
  filter_articles (list, selection, "drones", 1);
  g_assert_true (briefing_article_list_get_selected_article (BRIEFING_ARTICLE_LIST (list)) == exchange);
  filter_articles (list, selection, "", 6);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) exchange);

  /* Selecting a row sets the property. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_true (briefing_article_list_get_selected_article (BRIEFING_ARTICLE_LIST (list)) == first);

  gtk_window_destroy (window);
}

static gboolean
adjustment_moved (gpointer data)
{
  return gtk_adjustment_get_value (data) > 0;
}

static void
test_article_list_scrolls_to_selection (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  g_autoptr(BriefingArticle) oldest = NULL;
  GtkWidget *list = briefing_article_list_new ();
  GtkWindow *window;
  GtkAdjustment *vadjustment;
  GtkListView *view;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autofree char *headline = g_strdup_printf ("Article number %u", i);
      g_autoptr(BriefingArticle) article = briefing_article_new (id, headline);
      BriefingDate date = { .year = 2000 + i, .month = 1, .day = 1, .precision = BRIEFING_DATE_PRECISION_DAY };

      briefing_article_set_publisher (article, "Briefing test");
      briefing_article_set_published (article, &date);
      g_list_store_append (store, article);
    }
  oldest = g_list_model_get_item (G_LIST_MODEL (store), 0);

  briefing_article_list_set_articles (BRIEFING_ARTICLE_LIST (list), G_LIST_MODEL (store));
  window = show_in_window (list, 360, 500);
  view = GTK_LIST_VIEW (find_of_type (list, GTK_TYPE_LIST_VIEW));
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_nonnull (find_widget (list, label_is, "300 articles"));

  /* The oldest is last: selecting it from outside scrolls the list down to it. */
  g_object_set (list, "selected-article", oldest, NULL);
  wait_for (adjustment_moved, vadjustment);
  briefing_test_settle (list);
  g_assert_nonnull (find_widget (list, row_for_headline, "Article number 0"));

  gtk_window_destroy (window);
}

static BriefingArticle *
dated_article (const char *id,
               int         year,
               int         month,
               int         day,
               int         hour)
{
  BriefingArticle *article = briefing_article_new (id, id);
  BriefingDate date = { .year = year, .month = month, .day = day, .hour = hour,
                        .precision = hour >= 0 ? BRIEFING_DATE_PRECISION_EXACT : BRIEFING_DATE_PRECISION_DAY };

  if (year > 0)
    briefing_article_set_published (article, &date);
  return article;
}

/* The height a row of the article list asks for (with its CSS padding) and the one it has (without
 * it): two lines of headline and the byline, whatever its headline. */
static void
row_heights (GtkWidget *row,
             int       *asked,
             int       *given)
{
  g_assert_nonnull (row);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (row), asked, NULL, NULL, NULL);
  *given = gtk_widget_get_height (row);
  g_assert_cmpint (*given, >, 0);
  g_assert_cmpint (*given, <=, *asked);
}

static char *
article_ids (GListModel *model)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (model, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", briefing_article_get_id (article));
    }
  return g_string_free (ids, FALSE);
}

static void
test_article_list_order (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  GtkWidget *list = briefing_article_list_new ();
  BriefingArticle *articles[] = {
    dated_article ("undated-1", 0, 0, 0, -1),
    dated_article ("may-day", 2025, 5, 16, -1),
    dated_article ("june-noon", 2025, 6, 2, 12),
    dated_article ("undated-2", 0, 0, 0, -1),
    dated_article ("june-day-a", 2025, 6, 2, -1),
    dated_article ("july", 2025, 7, 24, 9),
    dated_article ("june-day-b", 2025, 6, 2, -1),
  };
  g_autoptr(BriefingArticle) newest = dated_article ("august", 2025, 8, 1, -1);
  g_autoptr(BriefingArticle) oldest = dated_article ("april", 2025, 4, 1, -1);
  GtkSingleSelection *selection;
  GtkWindow *window;
  g_autofree char *ids = NULL;

  briefing_article_set_headline (articles[1], "A headline long enough to need both of the lines a row gives it, "
                                               "and more, so that it ends in an ellipsis");
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_list_store_append (store, articles[i]);
      g_object_unref (articles[i]);
    }
  briefing_article_list_set_articles (BRIEFING_ARTICLE_LIST (list), G_LIST_MODEL (store));
  window = show_in_window (list, 360, 500);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (find_of_type (list, GTK_TYPE_LIST_VIEW))));

  /* Newest first; a time of day sorts after its day's midnight; equals and undated ones keep the
   * bundle's order, the undated last. */
  ids = article_ids (G_LIST_MODEL (selection));
  g_assert_cmpstr (ids, ==, "july june-noon june-day-a june-day-b may-day undated-1 undated-2");

  /* Rows have room for two lines of headline, long or short: one height for all. */
  briefing_test_settle (list);
  {
    int short_asked, short_given, long_asked, long_given;

    row_heights (find_widget (list, row_for_headline, "july"), &short_asked, &short_given);
    row_heights (find_widget (list, row_for_headline, briefing_article_get_headline (articles[1])), &long_asked,
                 &long_given);
    g_assert_cmpint (short_asked, ==, long_asked);
    g_assert_cmpint (short_given, ==, long_given);
  }

  /* Rows share the heights their font gives; a row whose font differs gets its own. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    GtkWidget *row = find_widget (list, row_for_headline, "july");
    int before, after, other, unused;

    gtk_css_provider_load_from_data (css, ".test-large-row { font-size: 24pt; }", -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_USER);
    row_heights (row, &before, &unused);
    gtk_widget_add_css_class (row, "test-large-row");
    briefing_test_settle (list);
    row_heights (row, &after, &unused);
    row_heights (find_widget (list, row_for_headline, "june-noon"), &other, &unused);
    g_assert_cmpint (after, >, before);
    g_assert_cmpint (other, ==, before);

    gtk_widget_remove_css_class (row, "test-large-row");
    briefing_test_settle (list);
    row_heights (row, &after, &unused);
    g_assert_cmpint (after, ==, before);
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  }
  briefing_test_save_screenshot (GTK_WIDGET (window), "article-list-order");

  /* Articles added to the bundle take their places, and the selection stays on its article. */
  gtk_single_selection_set_selected (selection, 1);
  g_list_store_append (store, newest);
  g_list_store_insert (store, 0, oldest);
  g_clear_pointer (&ids, g_free);
  ids = article_ids (G_LIST_MODEL (selection));
  g_assert_cmpstr (ids, ==, "august july june-noon june-day-a june-day-b may-day april undated-1 undated-2");
  briefing_test_settle (list);
  g_assert_nonnull (find_widget (list, label_is, "9 articles"));
  g_assert_cmpstr (briefing_article_get_id (briefing_article_list_get_selected_article (BRIEFING_ARTICLE_LIST (list))),
                   ==, "june-noon");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);

  gtk_window_destroy (window);
}

/* A citation's quote in its article, as the reader gets it through "win.show-quote". */
static void
show_citation (BriefingReader   *reader,
               BriefingCitation *citation)
{
  BriefingArticle *article = briefing_bundle_lookup_article (bundle, briefing_citation_get_source (citation));
  gsize start, end;

  g_assert_true (briefing_citation_get_anchor (citation, &start, &end));
  briefing_reader_show_quote (reader, article, start, end);
}

typedef struct
{
  GtkTextView *view;
  const char  *text;
} TextWait;

/* Whether the first line of @text, found in the view's buffer, is in the visible part. */
static gboolean
text_in_view (gpointer data)
{
  TextWait *wait = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (wait->view);
  GdkRectangle visible, location;
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, wait->text, 0, &match, NULL, NULL));
  gtk_text_view_get_visible_rect (wait->view, &visible);
  gtk_text_view_get_iter_location (wait->view, &match, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static void
test_reader_highlights_quote (void)
{
  GtkWidget *reader = briefing_reader_new ();
  BriefingEvent *event = briefing_bundle_lookup_event (bundle, "e-round2");
  BriefingOutcome *outcome = g_ptr_array_index (briefing_event_get_outcomes (event), 2);
  BriefingCitation *rejected = g_ptr_array_index (briefing_outcome_get_citations (outcome), 0);
  BriefingCitation *place = g_ptr_array_index (briefing_event_get_citations (event), 1);
  GtkTextView *view;
  GtkWindow *window;

  /* A quote near the top: the headline and byline stay in view. */
  show_citation (BRIEFING_READER (reader), place);
  window = show_in_window (reader, 900, 640);
  g_assert_cmpstr (briefing_reader_get_quote_text (BRIEFING_READER (reader)), ==,
                   "held at Istanbul’s Çırağan Palace on 2 June");
  view = GTK_TEXT_VIEW (find_of_type (reader, GTK_TYPE_TEXT_VIEW));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))), ==, 0);
  g_assert_true (text_in_view (&(TextWait) { view, "held at Istanbul’s Çırağan Palace on 2 June" }));
  briefing_test_save_screenshot (GTK_WIDGET (window), "reader");

  /* Another article, further down. */
  show_citation (BRIEFING_READER (reader), rejected);
  briefing_test_settle (reader);
  g_assert_cmpstr (briefing_reader_get_quote_text (BRIEFING_READER (reader)), ==,
                   briefing_citation_get_exact (rejected));
  g_assert_cmpstr (briefing_citation_get_exact (rejected), ==, "turned down an unconditional ceasefire");
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))), >, 0);
  g_assert_true (text_in_view (&(TextWait) { view, "turned down an unconditional ceasefire" }));
  briefing_test_save_screenshot (GTK_WIDGET (window), "reader-further-down");

  /* No quote: nothing is highlighted. */
  briefing_reader_set_quote_start (BRIEFING_READER (reader), -1);
  g_assert_null (briefing_reader_get_quote_text (BRIEFING_READER (reader)));

  gtk_window_destroy (window);
}

static void
test_reader_scrolls_to_quote (void)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BriefingArticle) article = briefing_article_new ("long", "A long article");
  const char *quote = "the quote near the end, after many Çırağan and Стамбул characters";
  GtkWidget *reader = briefing_reader_new ();
  GtkTextView *view;
  GtkWindow *window;
  const char *text, *found;

  /* Many-byte characters before the quote: byte and character offsets differ a lot. */
  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (paragraphs, g_strdup_printf ("Paragraph %u in Istanbul’s Çırağan Palace, Стамбул, "
                                                  "where the delegations met and talked at length about "
                                                  "prisoners, ceasefires and memoranda.", i));
  g_ptr_array_add (paragraphs, g_strdup_printf ("At last comes %s, and then the end.", quote));
  g_ptr_array_add (paragraphs, NULL);
  briefing_article_set_paragraphs (article, (const char * const *) paragraphs->pdata);
  text = briefing_article_get_text (article);
  found = strstr (text, quote);
  g_assert_nonnull (found);

  briefing_reader_set_article (BRIEFING_READER (reader), article);
  window = show_in_window (reader, 700, 420);
  view = GTK_TEXT_VIEW (find_of_type (reader, GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (view);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view))), ==, 0);

  briefing_reader_set_quote_start (BRIEFING_READER (reader), found - text);
  briefing_reader_set_quote_end (BRIEFING_READER (reader), found - text + strlen (quote));
  g_assert_cmpstr (briefing_reader_get_quote_text (BRIEFING_READER (reader)), ==, quote);

  wait_for (adjustment_moved, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)));
  wait_for (text_in_view, &(TextWait) { view, quote });

  gtk_window_destroy (window);
}

static void
test_reader_right_to_left (void)
{
  const char *paragraphs[] = {
    "An English paragraph, which starts at the left.",
    "جرت الجولة الثانية من المحادثات المباشرة في قصر تشيراغان في إسطنبول.",
    NULL
  };
  g_autoptr(BriefingArticle) article = briefing_article_new ("ar", "Two languages");
  GtkWidget *reader = briefing_reader_new ();
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkWindow *window;
  GdkRectangle english, arabic, visible;
  GtkTextIter iter;
  int body_start;

  briefing_article_set_paragraphs (article, paragraphs);
  briefing_article_set_language (article, "ar");
  briefing_reader_set_article (BRIEFING_READER (reader), article);
  window = show_in_window (reader, 800, 400);
  view = GTK_TEXT_VIEW (find_of_type (reader, GTK_TYPE_TEXT_VIEW));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_view_get_visible_rect (view, &visible);

  /* The body starts after the headline's line. */
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 1);
  body_start = gtk_text_iter_get_offset (&iter);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, body_start);
  g_assert_cmpint (gtk_text_iter_get_char (&iter), ==, 'A');
  gtk_text_view_get_iter_location (view, &iter, &english);

  /* The first character of the Arabic paragraph, in logical order, is at its right. */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, body_start + g_utf8_strlen (paragraphs[0], -1) + 2);
  g_assert_cmpint (gtk_text_iter_get_char (&iter), ==, g_utf8_get_char (paragraphs[1]));
  gtk_text_view_get_iter_location (view, &iter, &arabic);

  g_assert_cmpint (english.y, <, arabic.y);
  g_assert_cmpint (english.x, <, visible.width / 4);
  g_assert_cmpint (arabic.x, >, visible.width * 3 / 4);
  briefing_test_save_screenshot (GTK_WIDGET (window), "reader-rtl");

  gtk_window_destroy (window);
}

static void
test_reader_placeholder (void)
{
  GtkWidget *reader = briefing_reader_new ();
  GtkWindow *window = show_in_window (reader, 600, 400);

  g_assert_nonnull (find_widget (reader, label_is, "Select an article or a source to read it here"));
  briefing_test_save_screenshot (GTK_WIDGET (window), "reader-placeholder");
  g_assert_null (briefing_reader_get_quote_text (BRIEFING_READER (reader)));

  /* Zoom is bounded and returns to 1. */
  g_assert_true (gtk_widget_activate_action (reader, "reader.zoom-in", NULL));
  g_assert_cmpfloat (briefing_reader_get_zoom (BRIEFING_READER (reader)), >, 1.0);
  g_assert_true (gtk_widget_activate_action (reader, "reader.zoom-out", NULL));
  g_assert_cmpfloat (briefing_reader_get_zoom (BRIEFING_READER (reader)), ==, 1.0);
  briefing_reader_set_zoom (BRIEFING_READER (reader), 10.0);
  g_assert_cmpfloat (briefing_reader_get_zoom (BRIEFING_READER (reader)), ==, 3.0);

  gtk_window_destroy (window);
}

static void
test_dark_screenshots (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  BriefingEvent *event = briefing_bundle_lookup_event (bundle, "e-round2");
  GtkWidget *list, *reader;
  GtkWindow *window;

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);

  window = show_event_card ("e-round2");
  briefing_test_save_screenshot (GTK_WIDGET (window), "event-card-dark");
  gtk_window_destroy (window);

  window = show_article_list (&list);
  briefing_article_list_set_selected_article (BRIEFING_ARTICLE_LIST (list),
                                              briefing_bundle_lookup_article (bundle, "a-round2-long"));
  briefing_test_settle (list);
  briefing_test_save_screenshot (GTK_WIDGET (window), "article-list-dark");
  gtk_window_destroy (window);

  reader = briefing_reader_new ();
  show_citation (BRIEFING_READER (reader), g_ptr_array_index (briefing_event_get_citations (event), 1));
  window = show_in_window (reader, 900, 640);
  briefing_test_save_screenshot (GTK_WIDGET (window), "reader-dark");
  gtk_window_destroy (window);

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);
  bundle = briefing_test_load_sample ();

  g_test_add_func ("/reader/event-card/shows-event", test_event_card_shows_event);
  g_test_add_func ("/reader/event-card/citation-shows-quote", test_event_card_citation_shows_quote);
  g_test_add_func ("/reader/event-card/disputed-flag", test_event_card_disputed_flag);
  g_test_add_func ("/reader/event-card/placeholder", test_event_card_placeholder);
  g_test_add_func ("/reader/article-list/filters-and-selects", test_article_list_filters_and_selects);
  g_test_add_func ("/reader/article-list/scrolls-to-selection", test_article_list_scrolls_to_selection);
  g_test_add_func ("/reader/article-list/order", test_article_list_order);
  g_test_add_func ("/reader/reader/highlights-quote", test_reader_highlights_quote);
  g_test_add_func ("/reader/reader/scrolls-to-quote", test_reader_scrolls_to_quote);
  g_test_add_func ("/reader/reader/right-to-left", test_reader_right_to_left);
  g_test_add_func ("/reader/reader/placeholder", test_reader_placeholder);
  g_test_add_func ("/reader/screenshots/dark", test_dark_screenshots);

  status = g_test_run ();

  g_clear_object (&bundle);
  g_clear_object (&app);

  return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The party panels on the sample bundle, under Xvfb: columns by role, positions by round, citations
 * that ask the window for their quote, and the convergence table. Screenshots in light and dark at
 * two window sizes go to the build directory's tests/screenshots/ for a person to look at. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-convergence-view.h"
#include "briefing-core.h"
#include "briefing-demand-row.h"
#include "briefing-party-column.h"
#include "briefing-party-panels.h"
#include "briefing-tooltip.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static BriefingBundle *bundle;

typedef struct
{
  GtkWindow           *window;
  BriefingPartyPanels *panels;
  GSimpleActionGroup  *win_actions;
  GVariant            *quote;    /* the last "win.show-quote" parameter */
  guint                n_quotes;
} Fixture;

static void
show_quote_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_clear_pointer (&fixture->quote, g_variant_unref);
  fixture->quote = g_variant_ref (parameter);
  fixture->n_quotes++;
}

/* Lets the columns make their rows, which they do a few at a time in idle time, then waits for
 * them to be drawn. */
static void
wait_for_rows (GtkWindow *window)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
open_panels (Fixture *fixture,
             int      width,
             int      height)
{
  static const GActionEntry entries[] = {
    { "show-quote", show_quote_activated, "(stt)" },
  };

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->panels = BRIEFING_PARTY_PANELS (briefing_party_panels_new ());
  fixture->win_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (fixture->win_actions),
                                   entries, G_N_ELEMENTS (entries), fixture);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win",
                                  G_ACTION_GROUP (fixture->win_actions));

  briefing_party_panels_set_bundle (fixture->panels, bundle);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panels));
  gtk_window_set_default_size (fixture->window, width, height);
  gtk_window_present (fixture->window);
  wait_for_rows (fixture->window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  open_panels (fixture, 1280, 600);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  g_clear_object (&fixture->win_actions);
  g_clear_pointer (&fixture->quote, g_variant_unref);
}

/* Shows the positions and the convergence as of @event_id (NULL: the latest). */
static void
show_round (Fixture    *fixture,
            const char *event_id)
{
  BriefingEvent *event = event_id != NULL ? briefing_bundle_lookup_event (bundle, event_id) : NULL;
  g_autoptr(GListModel) positions = briefing_positions_at (bundle, event);
  g_autoptr(BriefingConvergence) convergence = briefing_convergence_new (bundle, event);

  g_assert_true (event_id == NULL || event != NULL);
  briefing_party_panels_set_positions (fixture->panels, positions);
  briefing_party_panels_set_convergence (fixture->panels, convergence);
  wait_for_rows (fixture->window);
}

/* A drawn GtkLabel anywhere under @widget that shows exactly @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_first (GtkWidget *widget,
            GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

static const char *
column_party_id (BriefingPartyColumn *column)
{
  return briefing_party_get_id (briefing_party_column_get_party (column));
}

static BriefingPartyColumn *
find_column (Fixture    *fixture,
             const char *party_id)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();

  collect (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN, columns);
  for (guint i = 0; i < columns->len; i++)
    if (g_strcmp0 (column_party_id (columns->pdata[i]), party_id) == 0)
      return columns->pdata[i];

  g_assert_not_reached ();
}

static BriefingDemandRow *
find_row (BriefingPartyColumn *column,
          const char          *demand_id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (column), BRIEFING_TYPE_DEMAND_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      BriefingPosition *position = briefing_demand_row_get_position (rows->pdata[i]);

      if (position != NULL && gtk_widget_is_drawable (rows->pdata[i]) &&
          g_strcmp0 (briefing_demand_get_id (briefing_position_get_demand (position)), demand_id) == 0)
        return rows->pdata[i];
    }

  return NULL;
}

/* The citation buttons of @widget, in the order they are numbered. */
static GPtrArray *
find_citation_buttons (GtkWidget *widget)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GPtrArray *citations = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (buttons->pdata[i], "citation"))
      g_ptr_array_add (citations, buttons->pdata[i]);

  return citations;
}

static void
assert_n_demands (Fixture    *fixture,
                  const char *party_id,
                  guint       n)
{
  BriefingPartyColumn *column = find_column (fixture, party_id);
  g_autofree char *count = g_strdup_printf (n == 1 ? "%u demand" : "%u demands", n);

  g_assert_cmpuint (briefing_party_column_get_n_demands (column), ==, n);
  g_assert_nonnull (find_label (GTK_WIDGET (column), count));
  if (n == 0)
    g_assert_nonnull (find_label (GTK_WIDGET (column), "No demands"));
  else
    g_assert_null (find_label (GTK_WIDGET (column), "No demands"));
}

static void
test_columns_by_role (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  const char *expected[] = { "ua", "ru", "tr", "us" };

  collect (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN, columns);
  g_assert_cmpuint (columns->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < columns->len; i++)
    {
      g_assert_cmpstr (column_party_id (columns->pdata[i]), ==, expected[i]);
      /* Four columns fit side by side at 1280 px. */
      g_assert_cmpint (gtk_widget_get_width (columns->pdata[i]), >=, 300);
      g_assert_true (gtk_widget_is_drawable (columns->pdata[i]));
    }

  /* Sides carry no badge; the mediator and the observer are marked as such. */
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "tr")), "Mediator"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "us")), "Observer"));
  g_assert_null (find_label (GTK_WIDGET (find_column (fixture, "ua")), "Party"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "ua")), "Ukraine"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "ua")), "UA"));

  /* Without positions every column is empty, and says so. */
  assert_n_demands (fixture, "ua", 0);
  assert_n_demands (fixture, "us", 0);
}

static void
test_positions_by_round (Fixture       *fixture,
                         gconstpointer  data)
{
  BriefingPartyColumn *ukraine, *russia;

  /* Round 1: Ukraine states its two demands; Russia has stated none yet. */
  show_round (fixture, "e-round1");
  ukraine = find_column (fixture, "ua");
  russia = find_column (fixture, "ru");
  assert_n_demands (fixture, "ua", 2);
  assert_n_demands (fixture, "ru", 0);
  assert_n_demands (fixture, "tr", 0);
  assert_n_demands (fixture, "us", 0);
  g_assert_nonnull (find_label (GTK_WIDGET (ukraine), "New"));
  g_assert_null (find_label (GTK_WIDGET (ukraine), "Reiterated"));
  g_assert_nonnull (find_label (GTK_WIDGET (ukraine),
                                "A meeting between Presidents Zelensky and Putin"));

  /* Round 2 (after the memoranda): Ukraine says both again; Russia's memorandum and its offers of
   * pauses and sequencing make seven demands; Türkiye proposes a summit. */
  show_round (fixture, "e-round2");
  assert_n_demands (fixture, "ua", 2);
  assert_n_demands (fixture, "ru", 7);
  assert_n_demands (fixture, "tr", 1);
  assert_n_demands (fixture, "us", 0);
  g_assert_nonnull (find_label (GTK_WIDGET (ukraine), "Reiterated"));
  g_assert_null (find_label (GTK_WIDGET (ukraine), "New"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "tr")), "New"));
  /* Russia's refusal of the ceasefire is disputed between the sources. */
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (ukraine, "d-ua-ceasefire")), "Disputed"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (ukraine, "d-ua-ceasefire")), "Rejects"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (ukraine, "d-ua-leaders")), "Conditional"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (ukraine, "d-ua-leaders")), "Accepts"));

  /* Round 3: Ukraine answers Russia's call to sequence the talks. The row is further down the
   * column, so scroll to it as a user would. */
  show_round (fixture, "e-round3");
  assert_n_demands (fixture, "ua", 3);
  assert_n_demands (fixture, "ru", 8);
  gtk_widget_activate_action (find_first (GTK_WIDGET (russia), GTK_TYPE_LIST_VIEW),
                              "list.scroll-to-item", "u", 6);
  wait_for_rows (fixture->window);
  g_assert_nonnull (find_row (russia, "d-ru-sequence"));
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (russia, "d-ru-sequence")), "Answered"));

  /* Replacing the model by nothing empties the columns. */
  briefing_party_panels_set_positions (fixture->panels, NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  assert_n_demands (fixture, "ua", 0);
  assert_n_demands (fixture, "ru", 0);
}

static void
test_citation_shows_quote (Fixture       *fixture,
                           gconstpointer  data)
{
  BriefingDemand *demand = briefing_bundle_lookup_demand (bundle, "d-ua-ceasefire");
  BriefingCitation *first = g_ptr_array_index (briefing_demand_get_citations (demand), 0);
  BriefingResponse *refusal = g_ptr_array_index (briefing_demand_get_responses (demand), 0);
  BriefingCitation *answer = g_ptr_array_index (briefing_response_get_citations (refusal), 1);
  BriefingDemandRow *row;
  g_autoptr(GPtrArray) buttons = NULL;
  const char *source;
  guint64 start, end;
  gsize anchor_start, anchor_end;

  show_round (fixture, "e-round2");
  row = find_row (find_column (fixture, "ua"), "d-ua-ceasefire");
  g_assert_nonnull (row);

  /* The row's buttons say what they do, as a tooltip given when asked for and to screen readers. */
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new ();
    GtkWidget *note = NULL, *edit = NULL;

    collect (GTK_WIDGET (row), GTK_TYPE_WIDGET, all);
    for (guint i = 0; i < all->len; i++)
      if (GTK_IS_MENU_BUTTON (all->pdata[i]))
        edit = all->pdata[i];
      else if (GTK_IS_BUTTON (all->pdata[i]) &&
               g_strcmp0 (gtk_actionable_get_action_name (all->pdata[i]), "win.add-demand-note") == 0)
        note = all->pdata[i];
    g_assert_nonnull (note);
    g_assert_nonnull (edit);
    g_assert_cmpstr (briefing_widget_get_tooltip (note), ==, "Add a note to this demand");
    g_assert_cmpstr (briefing_widget_get_tooltip (edit), ==, "Edit or delete this demand");
    gtk_test_accessible_assert_property (note, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Add a note to this demand");
    for (GtkWidget *button = note; button != NULL; button = button == note ? edit : NULL)
      {
        g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
        gboolean shown = FALSE;

        g_assert_true (gtk_widget_get_has_tooltip (button));
        g_signal_emit_by_name (button, "query-tooltip", 2, 2, FALSE, tooltip, &shown);
        g_assert_true (shown);
      }
  }

  /* Three citations of the demand, then two of Russia's answer, numbered on. */
  buttons = find_citation_buttons (GTK_WIDGET (row));
  g_assert_cmpuint (buttons->len, ==, 5);
  g_assert_cmpstr (gtk_button_get_label (buttons->pdata[0]), ==, "[1]");
  g_assert_cmpstr (gtk_button_get_label (buttons->pdata[4]), ==, "[5]");
  gtk_test_accessible_assert_role (buttons->pdata[0], GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (buttons->pdata[0], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Source 1: Ukraine pressed for an immediate and "
                                       "unconditional ceasefire");
  gtk_test_accessible_assert_property (buttons->pdata[3], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Source 4: turned down an unconditional ceasefire");
  g_assert_true (gtk_widget_is_sensitive (buttons->pdata[0]));

  /* Clicking asks the window to show the quote: article id and the anchor's byte range. */
  g_signal_emit_by_name (buttons->pdata[0], "clicked");
  g_assert_cmpuint (fixture->n_quotes, ==, 1);
  g_assert_true (briefing_citation_get_anchor (first, &anchor_start, &anchor_end));
  g_variant_get (fixture->quote, "(&stt)", &source, &start, &end);
  g_assert_cmpstr (source, ==, "a-round1");
  g_assert_cmpuint (start, ==, anchor_start);
  g_assert_cmpuint (end, ==, anchor_end);
  g_assert_cmpuint (end - start, ==, strlen (briefing_citation_get_exact (first)));

  /* An answer's citation names its own article. */
  g_signal_emit_by_name (buttons->pdata[4], "clicked");
  g_assert_cmpuint (fixture->n_quotes, ==, 2);
  g_assert_true (briefing_citation_get_anchor (answer, &anchor_start, &anchor_end));
  g_variant_get (fixture->quote, "(&stt)", &source, &start, &end);
  g_assert_cmpstr (source, ==, "a-round2-short");
  g_assert_cmpuint (start, ==, anchor_start);
  g_assert_cmpuint (end, ==, anchor_end);
}

static GtkWidget *
convergence_grid (Fixture *fixture)
{
  GtkWidget *view = find_first (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_CONVERGENCE_VIEW);
  GtkWidget *grid = find_first (view, GTK_TYPE_GRID);

  g_assert_true (gtk_widget_has_css_class (grid, "convergence-grid"));
  return grid;
}

static GtkWidget *
convergence_cell (Fixture    *fixture,
                  const char *category,
                  const char *party_id)
{
  BriefingConvergence *convergence = briefing_party_panels_get_convergence (fixture->panels);
  const char * const *categories = briefing_convergence_get_categories (convergence);
  GPtrArray *parties = briefing_convergence_get_parties (convergence);
  GtkWidget *grid = convergence_grid (fixture);
  int row = -1, column = -1;

  for (int c = 0; categories[c] != NULL; c++)
    if (g_str_equal (categories[c], category))
      row = c + 1;
  for (guint p = 0; p < parties->len; p++)
    if (g_str_equal (briefing_party_get_id (parties->pdata[p]), party_id))
      column = p + 1;
  g_assert_cmpint (row, >, 0);
  g_assert_cmpint (column, >, 0);

  return gtk_grid_get_child_at (GTK_GRID (grid), column, row);
}

static void
test_convergence (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *panels = GTK_WIDGET (fixture->panels);
  GtkWidget *convergence_button, *positions_button;
  BriefingConvergence *convergence;
  const char * const *categories;
  GtkWidget *cell;
  guint n_parties;

  show_round (fixture, "e-round2");

  /* The switch is an action; the toggle buttons follow the "view" property. */
  positions_button = gtk_widget_get_ancestor (find_label (panels, "Positions"), GTK_TYPE_TOGGLE_BUTTON);
  convergence_button = gtk_widget_get_ancestor (find_label (panels, "Convergence"), GTK_TYPE_TOGGLE_BUTTON);
  gtk_test_accessible_assert_property (convergence_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Convergence of issues and parties");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (positions_button)));
  g_assert_true (gtk_widget_activate_action (panels, "panels.view", "s", "convergence"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (briefing_party_panels_get_view (fixture->panels), ==, "convergence");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (convergence_button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (positions_button)));
  g_assert_true (gtk_widget_is_drawable (find_first (panels, BRIEFING_TYPE_CONVERGENCE_VIEW)));

  /* At round 2 Ukraine rejects Russia's territorial demands, handed over in the memorandum the
   * same day. On the ceasefire Russia demands short pauses and rejects Ukraine's ceasefire: the
   * cell shows both. */
  cell = convergence_cell (fixture, "territory", "ua");
  g_assert_nonnull (find_label (cell, "Rejects"));
  g_assert_true (gtk_widget_has_css_class (cell, "rejects"));
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ukraine on Territory: Rejects");
  cell = convergence_cell (fixture, "territory", "ru");
  g_assert_nonnull (find_label (cell, "Demands"));
  cell = convergence_cell (fixture, "ceasefire", "ru");
  g_assert_nonnull (find_label (cell, "Demands"));
  g_assert_nonnull (find_label (cell, "Answers"));
  g_assert_nonnull (find_label (cell, "Rejects"));
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Russia on Ceasefire: Demands; answers: Rejects");
  g_assert_null (find_label (convergence_cell (fixture, "ceasefire", "ua"), "Answers"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->panels), "Ceasefire"));

  /* Round 1: Russia has not answered the ceasefire yet and has no stake in it. */
  show_round (fixture, "e-round1");
  g_assert_nonnull (find_label (convergence_cell (fixture, "ceasefire", "ua"), "Demands"));
  g_assert_nonnull (find_label (convergence_cell (fixture, "political", "ru"), "Unknown"));

  /* A row is marked converging exactly when the engine says it is agreed. */
  show_round (fixture, NULL);
  convergence = briefing_party_panels_get_convergence (fixture->panels);
  categories = briefing_convergence_get_categories (convergence);
  n_parties = briefing_convergence_get_parties (convergence)->len;
  for (guint c = 0; categories[c] != NULL; c++)
    {
      GtkWidget *marker = gtk_grid_get_child_at (GTK_GRID (convergence_grid (fixture)), n_parties + 1, c + 1);

      g_assert_cmpint (marker != NULL, ==, briefing_convergence_is_agreed (convergence, categories[c]));
    }

  /* Without a convergence, an empty state. */
  briefing_party_panels_set_convergence (fixture->panels, NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->panels), "No Issues to Compare"));
}

/* Two rounds between A (no colour of its own) and B: A drops one of its two demands at round 2.
 * One citation was never anchored in its article. */
static BriefingBundle *
make_dropping_bundle (void)
{
  BriefingBundle *dropping = briefing_bundle_new ("dropping", "Dropping");
  const char *rounds[][2] = { { "r1", "2025-05-01" }, { "r2", "2025-06-01" } };
  g_autoptr(BriefingParty) a = briefing_party_new ("a", "Party A", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingParty) b = briefing_party_new ("b", "Party B", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingDemand) kept = NULL;
  g_autoptr(BriefingDemand) dropped = NULL;
  g_autoptr(BriefingResponse) response = briefing_response_new ("b", "r1", BRIEFING_STANCE_UNKNOWN);
  g_autoptr(BriefingCitation) citation = briefing_citation_new ("nowhere", "words never found");

  kept = briefing_demand_new ("d-kept", "a", "A truce along the current line", "ceasefire");
  dropped = briefing_demand_new ("d-dropped", "a", "A buffer zone of 20 km", "security");
  briefing_party_set_color (b, "#2a7d4f");
  briefing_bundle_add_party (dropping, a);
  briefing_bundle_add_party (dropping, b);
  for (guint i = 0; i < G_N_ELEMENTS (rounds); i++)
    {
      BriefingDate date;
      g_autoptr(BriefingEvent) event = NULL;

      g_assert_true (briefing_date_parse (rounds[i][1], &date, NULL));
      event = briefing_event_new (rounds[i][0], BRIEFING_EVENT_KIND_TALKS, rounds[i][0], &date);
      briefing_bundle_add_event (dropping, event);
    }

  briefing_demand_set_first_stated (kept, "r1");
  briefing_demand_add_citation (kept, citation);
  briefing_demand_add_response (kept, response);
  briefing_demand_set_first_stated (dropped, "r1");
  briefing_demand_set_withdrawn (dropped, "r2");
  briefing_bundle_add_demand (dropping, kept);
  briefing_bundle_add_demand (dropping, dropped);

  return dropping;
}

static void
test_dropped_demand (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BriefingBundle) dropping = make_dropping_bundle ();
  BriefingEvent *round2 = briefing_bundle_lookup_event (dropping, "r2");
  g_autoptr(GListModel) positions = briefing_positions_at (dropping, round2);
  BriefingPartyColumn *column;
  BriefingDemandRow *row;
  g_autoptr(GPtrArray) buttons = NULL;

  briefing_party_panels_set_bundle (fixture->panels, dropping);
  briefing_party_panels_set_positions (fixture->panels, positions);
  wait_for_rows (fixture->window);

  /* The dropped demand stays listed, counted apart, marked in words and struck through. */
  column = find_column (fixture, "a");
  g_assert_cmpuint (briefing_party_column_get_n_demands (column), ==, 2);
  g_assert_nonnull (find_label (GTK_WIDGET (column), "2 demands, 1 dropped"));
  row = find_row (column, "d-dropped");
  g_assert_nonnull (find_label (GTK_WIDGET (row), "Dropped"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "dropped"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (find_row (column, "d-kept")), "dropped"));
  g_assert_nonnull (find_label (GTK_WIDGET (row), "No answer reported"));

  /* A quote that was never found in its article cannot be shown. */
  buttons = find_citation_buttons (GTK_WIDGET (find_row (column, "d-kept")));
  g_assert_cmpuint (buttons->len, ==, 1);
  g_assert_false (gtk_widget_is_sensitive (buttons->pdata[0]));
  g_assert_nonnull (find_label (GTK_WIDGET (find_row (column, "d-kept")), "Unknown"));

  briefing_test_save_screenshot (GTK_WIDGET (fixture->window), "party-panels-dropped");

  /* Without a bundle there are no columns. */
  briefing_party_panels_set_bundle (fixture->panels, NULL);
  g_assert_null (find_first (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN));
}


/* The demand rows under @column that show a position. */
static guint
count_rows (BriefingPartyColumn *column)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n = 0;

  collect (GTK_WIDGET (column), BRIEFING_TYPE_DEMAND_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (briefing_demand_row_get_position (rows->pdata[i]) != NULL)
      n++;

  return n;
}

/* A column with more demands than GTK's list view makes rows for: counted at once, rows made a few
 * at a time in idle time, the last one reachable. */
static void
test_many_demands (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListStore) many = g_list_store_new (BRIEFING_TYPE_POSITION);
  BriefingPartyColumn *russia = find_column (fixture, "ru");
  BriefingPosition *last = NULL;
  guint n_russian = 0;
  g_autofree char *count = NULL;

  /* Russia's positions 40 times over (each time new ones, as a list view wants distinct items):
   * more than GTK's list view makes rows for. */
  for (guint copy = 0; copy < 40; copy++)
    {
      g_autoptr(GListModel) latest = briefing_positions_at (bundle, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (latest); i++)
        {
          g_autoptr(BriefingPosition) position = g_list_model_get_item (latest, i);

          if (g_strcmp0 (briefing_demand_get_party (briefing_position_get_demand (position)), "ru") == 0)
            {
              g_list_store_append (many, position);
              last = position;
              n_russian++;
            }
        }
    }
  g_assert_cmpuint (n_russian, >, 200);
  g_assert_cmpuint (n_russian % 40, ==, 0);

  /* The count is right at once; the rows are not all made at once (GTK 4.8's list view would make
   * some 200 of them straight away; a row takes far more than the 50 µs it would need for 100 to
   * fit in the time the column allows itself). */
  briefing_party_panels_set_positions (fixture->panels, G_LIST_MODEL (many));
  g_assert_cmpuint (briefing_party_column_get_n_demands (russia), ==, n_russian);
  count = g_strdup_printf ("%u demands", n_russian);
  g_assert_nonnull (find_label (GTK_WIDGET (russia), count));
  g_assert_cmpuint (count_rows (russia), <, 100);
  g_assert_cmpuint (count_rows (russia), >, 0);

  /* Then the last demand can be scrolled to and is shown whole. */
  wait_for_rows (fixture->window);
  gtk_widget_activate_action (find_first (GTK_WIDGET (russia), GTK_TYPE_LIST_VIEW),
                              "list.scroll-to-item", "u", n_russian - 1);
  wait_for_rows (fixture->window);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    gboolean found = FALSE;

    collect (GTK_WIDGET (russia), BRIEFING_TYPE_DEMAND_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (briefing_demand_row_get_position (rows->pdata[i]) == last &&
          gtk_widget_is_drawable (rows->pdata[i]))
        found = TRUE;
    g_assert_true (found);
  }

  /* Back to the sample's positions: the column follows. */
  show_round (fixture, NULL);
  g_assert_cmpuint (briefing_party_column_get_n_demands (russia), ==, n_russian / 40);
  g_assert_cmpuint (count_rows (russia), ==, n_russian / 40);
}

/* Another edition of the bundle (the sample read again: new objects, the same parties) keeps the
 * columns, which show its party objects and its positions; a bundle of other parties gets columns
 * of its own. */
static void
test_same_parties_keep_columns (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) edition = briefing_bundle_reader_read_file (reader, file, NULL, NULL);
  g_autoptr(BriefingBundle) other = briefing_bundle_new ("other-talks", "Other talks");
  g_autoptr(BriefingParty) alone = briefing_party_new ("xx", "Elsewhere", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(GListModel) positions = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  g_assert_nonnull (edition);
  collect (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN, before);
  g_assert_cmpuint (before->len, ==, 4);

  positions = briefing_positions_at (edition, NULL);
  briefing_party_panels_set_bundle (fixture->panels, edition);
  briefing_party_panels_set_positions (fixture->panels, positions);
  wait_for_rows (fixture->window);

  collect (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN, after);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      BriefingParty *party = briefing_party_column_get_party (after->pdata[i]);

      g_assert_true (after->pdata[i] == before->pdata[i]);
      g_assert_true (party == briefing_bundle_lookup_party (edition, briefing_party_get_id (party)));
    }
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "ua")), "Ukraine"));
  g_assert_cmpuint (briefing_party_column_get_n_demands (find_column (fixture, "ua")), >, 0);

  g_assert_true (briefing_bundle_add_party (other, alone));
  briefing_party_panels_set_positions (fixture->panels, NULL);
  briefing_party_panels_set_bundle (fixture->panels, other);
  wait_for_rows (fixture->window);
  collect (GTK_WIDGET (fixture->panels), BRIEFING_TYPE_PARTY_COLUMN, others);
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_false (g_ptr_array_find (before, others->pdata[0], NULL));
  g_assert_nonnull (find_label (GTK_WIDGET (find_column (fixture, "xx")), "Elsewhere"));
}

static void
test_screenshots (void)
{
  const struct { int width, height; } sizes[] = { { 1280, 600 }, { 1024, 640 } };

  for (guint dark = 0; dark < 2; dark++)
    {
      g_object_set (gtk_settings_get_default (),
                    "gtk-application-prefer-dark-theme", (gboolean) dark,
                    NULL);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          Fixture fixture = { 0 };
          GtkWidget *scroller;
          const char *variant = dark ? "dark" : "light";
          g_autofree char *positions = g_strdup_printf ("party-panels-positions-%dx%d-%s",
                                                        sizes[s].width, sizes[s].height, variant);
          g_autofree char *convergence = g_strdup_printf ("party-panels-convergence-%dx%d-%s",
                                                          sizes[s].width, sizes[s].height, variant);

          open_panels (&fixture, sizes[s].width, sizes[s].height);
          show_round (&fixture, "e-round2");
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.window)), ==, sizes[s].width);

          /* Four columns fit at 1280 px; at 1024 px the columns scroll sideways. */
          scroller = find_first (GTK_WIDGET (fixture.panels), GTK_TYPE_SCROLLED_WINDOW);
          {
            GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
            gboolean scrolls = gtk_adjustment_get_upper (h) > gtk_adjustment_get_page_size (h);

            g_assert_cmpint (scrolls, ==, sizes[s].width < 1280);
          }
          briefing_test_save_screenshot (GTK_WIDGET (fixture.window), positions);

          briefing_party_panels_set_view (fixture.panels, "convergence");
          gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture.window));
          briefing_test_save_screenshot (GTK_WIDGET (fixture.window), convergence);

          /* After the last event more answers are in: acceptances and a converging issue. */
          if (s == 0)
            {
              g_autofree char *latest = g_strdup_printf ("party-panels-convergence-latest-%s", variant);

              show_round (&fixture, NULL);
              briefing_test_save_screenshot (GTK_WIDGET (fixture.window), latest);
            }

          fixture_tear_down (&fixture, NULL);
        }
    }

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(BriefingBundleReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir = g_getenv ("BRIEFING_SAMPLES_DIR");
  int ret;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  path = g_build_filename (dir != NULL ? dir : SOURCE_SAMPLES_DIR,
                          "istanbul-talks-2025.bundle.json", NULL);
  file = g_file_new_for_path (path);
  reader = briefing_bundle_reader_new ();
  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/party-panels/columns-by-role", Fixture, NULL,
              fixture_set_up, test_columns_by_role, fixture_tear_down);
  g_test_add ("/party-panels/positions-by-round", Fixture, NULL,
              fixture_set_up, test_positions_by_round, fixture_tear_down);
  g_test_add ("/party-panels/citation-shows-quote", Fixture, NULL,
              fixture_set_up, test_citation_shows_quote, fixture_tear_down);
  g_test_add ("/party-panels/convergence", Fixture, NULL,
              fixture_set_up, test_convergence, fixture_tear_down);
  g_test_add ("/party-panels/dropped-demand", Fixture, NULL,
              fixture_set_up, test_dropped_demand, fixture_tear_down);
  g_test_add ("/party-panels/many-demands", Fixture, NULL,
              fixture_set_up, test_many_demands, fixture_tear_down);
  g_test_add ("/party-panels/same-parties-keep-columns", Fixture, NULL,
              fixture_set_up, test_same_parties_keep_columns, fixture_tear_down);
  g_test_add_func ("/party-panels/screenshots", test_screenshots);

  ret = g_test_run ();
  g_clear_object (&bundle);
  return ret;
}

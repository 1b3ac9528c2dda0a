/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-undo-context.h"

/* A toy handler: each record sets a counter to a value, and undo sets it back. */

typedef struct
{
  int before;
  int after;
} Step;

#define TOY_TYPE_HANDLER (toy_handler_get_type ())
G_DECLARE_FINAL_TYPE (ToyHandler, toy_handler, TOY, HANDLER, GObject)

struct _ToyHandler
{
  GObject parent_instance;

  int     value;
  guint   n_freed;
};

static void toy_handler_iface_init (BriefingUndoHandlerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ToyHandler, toy_handler, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BRIEFING_TYPE_UNDO_HANDLER, toy_handler_iface_init))

static void
toy_undo (BriefingUndoHandler *handler,
          gpointer             data)
{
  TOY_HANDLER (handler)->value = ((Step *) data)->before;
}

static void
toy_redo (BriefingUndoHandler *handler,
          gpointer             data)
{
  TOY_HANDLER (handler)->value = ((Step *) data)->after;
}

static void
toy_free_data (BriefingUndoHandler *handler,
               gpointer             data)
{
  TOY_HANDLER (handler)->n_freed++;
  g_free (data);
}

static void
toy_handler_iface_init (BriefingUndoHandlerInterface *iface)
{
  iface->undo = toy_undo;
  iface->redo = toy_redo;
  iface->free_data = toy_free_data;
}

static void
toy_handler_class_init (ToyHandlerClass *klass)
{
}

static void
toy_handler_init (ToyHandler *self)
{
}

/* Sets the value and records the change. */
static void
toy_set (ToyHandler          *toy,
         BriefingUndoContext *undo,
         int                  value,
         const char          *label)
{
  Step *step = g_new0 (Step, 1);

  step->before = toy->value;
  step->after = value;
  toy->value = value;
  briefing_undo_context_push (undo, BRIEFING_UNDO_HANDLER (toy), step, label);
}

typedef struct
{
  guint can_undo;
  guint can_redo;
  guint undo_label;
  guint redo_label;
} Notifications;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Notifications *n = user_data;
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "can-undo"))
    n->can_undo++;
  else if (g_str_equal (name, "can-redo"))
    n->can_redo++;
  else if (g_str_equal (name, "undo-label"))
    n->undo_label++;
  else if (g_str_equal (name, "redo-label"))
    n->redo_label++;
}

static void
test_push_undo_redo (void)
{
  g_autoptr(BriefingUndoContext) undo = briefing_undo_context_new ();
  g_autoptr(ToyHandler) toy = g_object_new (TOY_TYPE_HANDLER, NULL);

  g_assert_false (briefing_undo_context_get_can_undo (undo));
  g_assert_false (briefing_undo_context_undo (undo));
  g_assert_false (briefing_undo_context_redo (undo));

  toy_set (toy, undo, 1, "One");
  toy_set (toy, undo, 2, "Two");
  toy_set (toy, undo, 3, "Three");
  g_assert_cmpint (toy->value, ==, 3);
  g_assert_cmpstr (briefing_undo_context_get_undo_label (undo), ==, "Three");
  g_assert_null (briefing_undo_context_get_redo_label (undo));

  g_assert_true (briefing_undo_context_undo (undo));
  g_assert_cmpint (toy->value, ==, 2);
  g_assert_true (briefing_undo_context_undo (undo));
  g_assert_cmpint (toy->value, ==, 1);
  g_assert_cmpstr (briefing_undo_context_get_undo_label (undo), ==, "One");
  g_assert_cmpstr (briefing_undo_context_get_redo_label (undo), ==, "Two");
  g_assert_true (briefing_undo_context_get_can_redo (undo));

  g_assert_true (briefing_undo_context_redo (undo));
  g_assert_cmpint (toy->value, ==, 2);
  g_assert_true (briefing_undo_context_redo (undo));
  g_assert_cmpint (toy->value, ==, 3);
  g_assert_false (briefing_undo_context_redo (undo));

  while (briefing_undo_context_undo (undo))
    ;
  g_assert_cmpint (toy->value, ==, 0);
  g_assert_false (briefing_undo_context_get_can_undo (undo));
  g_assert_cmpuint (toy->n_freed, ==, 0);
}

static void
test_push_clears_redo (void)
{
  g_autoptr(BriefingUndoContext) undo = briefing_undo_context_new ();
  g_autoptr(ToyHandler) toy = g_object_new (TOY_TYPE_HANDLER, NULL);

  toy_set (toy, undo, 1, "One");
  toy_set (toy, undo, 2, "Two");
  briefing_undo_context_undo (undo);
  g_assert_true (briefing_undo_context_get_can_redo (undo));

  toy_set (toy, undo, 5, "Five");
  g_assert_false (briefing_undo_context_get_can_redo (undo));
  g_assert_null (briefing_undo_context_get_redo_label (undo));
  /* The record of "Two" was dropped with the redo history. */
  g_assert_cmpuint (toy->n_freed, ==, 1);

  briefing_undo_context_undo (undo);
  g_assert_cmpint (toy->value, ==, 1);
  briefing_undo_context_undo (undo);
  g_assert_cmpint (toy->value, ==, 0);
}

static void
test_notifications (void)
{
  g_autoptr(BriefingUndoContext) undo = briefing_undo_context_new ();
  g_autoptr(ToyHandler) toy = g_object_new (TOY_TYPE_HANDLER, NULL);
  Notifications n = { 0 };

  g_signal_connect (undo, "notify", G_CALLBACK (on_notify), &n);

  toy_set (toy, undo, 1, "One");
  g_assert_cmpuint (n.can_undo, ==, 1);
  g_assert_cmpuint (n.undo_label, ==, 1);
  g_assert_cmpuint (n.can_redo, ==, 0);

  /* Same state of can-undo: no notification; a new label: one. */
  toy_set (toy, undo, 2, "Two");
  g_assert_cmpuint (n.can_undo, ==, 1);
  g_assert_cmpuint (n.undo_label, ==, 2);

  /* The same label again is no change. */
  toy_set (toy, undo, 3, "Two");
  g_assert_cmpuint (n.undo_label, ==, 2);

  briefing_undo_context_undo (undo);
  g_assert_cmpuint (n.can_redo, ==, 1);
  g_assert_cmpuint (n.redo_label, ==, 1);
  g_assert_cmpuint (n.undo_label, ==, 2);  /* "Two" again */

  briefing_undo_context_undo (undo);
  briefing_undo_context_undo (undo);
  g_assert_cmpuint (n.can_undo, ==, 2);
  g_assert_false (briefing_undo_context_get_can_undo (undo));

  briefing_undo_context_clear (undo);
  g_assert_cmpuint (n.can_redo, ==, 2);
  g_assert_false (briefing_undo_context_get_can_redo (undo));
  g_assert_null (briefing_undo_context_get_redo_label (undo));

  /* Nothing left to change: nothing notified. */
  n = (Notifications) { 0 };
  briefing_undo_context_clear (undo);
  g_assert_cmpuint (n.can_undo + n.can_redo + n.undo_label + n.redo_label, ==, 0);
}

static void
test_cap (void)
{
  g_autoptr(BriefingUndoContext) undo = briefing_undo_context_new ();
  g_autoptr(ToyHandler) toy = g_object_new (TOY_TYPE_HANDLER, NULL);
  guint n_undone = 0;

  for (int i = 1; i <= BRIEFING_UNDO_CONTEXT_MAX_RECORDS + 20; i++)
    toy_set (toy, undo, i, "Set");
  g_assert_cmpuint (toy->n_freed, ==, 20);

  while (briefing_undo_context_undo (undo))
    n_undone++;
  g_assert_cmpuint (n_undone, ==, BRIEFING_UNDO_CONTEXT_MAX_RECORDS);
  /* The oldest 20 records are forgotten: undo stops at the value they led to. */
  g_assert_cmpint (toy->value, ==, 20);
}

static void
test_free_data (void)
{
  g_autoptr(ToyHandler) toy = g_object_new (TOY_TYPE_HANDLER, NULL);
  BriefingUndoContext *undo = briefing_undo_context_new ();

  toy_set (toy, undo, 1, "One");
  toy_set (toy, undo, 2, "Two");
  toy_set (toy, undo, 3, "Three");
  briefing_undo_context_undo (undo);

  briefing_undo_context_clear (undo);
  g_assert_cmpuint (toy->n_freed, ==, 3);

  toy_set (toy, undo, 4, "Four");
  toy_set (toy, undo, 5, "Five");
  briefing_undo_context_undo (undo);
  /* The records hold the handler until the context goes. */
  g_assert_cmpuint (G_OBJECT (toy)->ref_count, ==, 3);

  g_object_unref (undo);
  g_assert_cmpuint (toy->n_freed, ==, 5);
  g_assert_cmpuint (G_OBJECT (toy)->ref_count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/push-undo-redo", test_push_undo_redo);
  g_test_add_func ("/undo/push-clears-redo", test_push_clears_redo);
  g_test_add_func ("/undo/notifications", test_notifications);
  g_test_add_func ("/undo/cap", test_cap);
  g_test_add_func ("/undo/free-data", test_free_data);

  return g_test_run ();
}

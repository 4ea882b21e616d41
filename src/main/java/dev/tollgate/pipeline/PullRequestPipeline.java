package dev.tollgate.pipeline;

import dev.tollgate.advice.Advisor;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Money;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.Policy;
import dev.tollgate.pricing.ConvertedPriceSource;
import dev.tollgate.pricing.PriceSource;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.report.Review;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.VcsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one pull request pipeline, run by {@code tollgate ci} and by the server's jobs: the base
 * branch's configuration, the projects the pull request affects, each estimated at the head against
 * the base, the verdict, the savings hints, the comment and the check. {@link #prepare} only reads
 * the two trees; {@link #publish} is the only step that talks to the code host, so a dry run is
 * {@code prepare} alone.
 */
public final class PullRequestPipeline {

  /** Everything worked out for one pull request, before anything is posted. */
  public record Prepared(PullRequestInput input, Review review, String body, CheckReport check,
      Config.CommentBehavior behavior, boolean nothingToEstimate, PipelineOutcome outcome) {
    public Prepared {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(review, "review");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(behavior, "behavior");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  private final PipelineSettings settings;

  public PullRequestPipeline(PipelineSettings settings) {
    this.settings = settings;
  }

  /** Prepares and publishes. */
  public PipelineOutcome run(CodeHost host, PullRequestInput in) throws InputException, VcsException {
    return publish(host, prepare(in));
  }

  /**
   * Estimates the pull request and renders its comment and check. Projects that cannot be estimated
   * are skipped with their error; only a base configuration that does not load stops the run.
   */
  public Prepared prepare(PullRequestInput in) throws InputException {
    RepoConfig repo = RepoConfig.read(in, settings);
    List<ProjectSpec> specs = ProjectFinder.find(in, repo.config(), settings);
    ProjectEstimator estimator = new ProjectEstimator(settings);
    List<ProjectResult.Estimated> estimated = new ArrayList<>();
    List<Review.Skipped> skipped = new ArrayList<>();
    for (ProjectSpec spec : specs) {
      ProjectResult r = estimator.estimate(spec, in);
      if (r instanceof ProjectResult.Estimated e) {
        estimated.add(e);
      } else {
        skipped.add(new Review.Skipped(spec.name(), ((ProjectResult.Errored) r).error()));
      }
    }
    Estimate asPriced = new Estimate(estimated.stream().map(ProjectResult.Estimated::estimate).toList(), Money.USD,
        settings.clock().instant());
    // Budgets are written in US dollars: judge before converting.
    Verdict verdict = new Policy(repo.config()).evaluate(asPriced, in.pr().labels());
    Estimate shown = settings.currency().map(r -> r.apply(asPriced)).orElse(asPriced);
    List<String> notes = new ArrayList<>(repo.notes());
    boolean nothing = specs.isEmpty();
    if (nothing) {
      notes.add("This pull request changes no Terraform project (no .tf, .tf.json or .tfvars file of a root module, or of a module one calls).");
    }
    Review review = new Review(shown, verdict, hints(shown, estimated), repo.source(), skipped, notes);
    String body = new CommentRenderer().render(review, in.host());
    CheckReport check = Checks.report(settings, review, estimated);
    Config.CommentBehavior behavior = settings.behavior().orElse(repo.config().comment());
    boolean judged = !repo.config().budgets().equals(Config.Budgets.NONE) || !repo.config().rules().equals(Config.Rules.NONE);
    PipelineOutcome outcome = new PipelineOutcome(in.pr().head().sha(), shown.currency(), totals(shown),
        verdict.level(), judged, Unpriced.count(shown), skipped.stream().map(Review.Skipped::project).toList(),
        PipelineOutcome.Comment.NOT_POSTED, body);
    return new Prepared(in, review, body, check, behavior, nothing, outcome);
  }

  /** Posts the comment by the configured behaviour and sets the check on the head commit. */
  public PipelineOutcome publish(CodeHost host, Prepared p) throws VcsException {
    PipelineOutcome.Comment c = p.nothingToEstimate()
        ? CommentPoster.updateOnly(host, p.input().pr().ref(), p.body())
        : CommentPoster.post(host, p.input().pr().ref(), p.behavior(), p.body());
    host.setCheck(p.input().pr().ref().repo(), p.input().pr().head().sha(), p.check());
    return p.outcome().withComment(c);
  }

  private List<Hint> hints(Estimate shown, List<ProjectResult.Estimated> estimated) {
    PriceSource usd = settings.prices();
    PriceSource prices = settings.currency().filter(r -> r.to().equals(shown.currency()))
        .map(r -> (PriceSource) new ConvertedPriceSource(usd, r.rate(), r.to())).orElse(usd);
    Advisor advisor = new Advisor(new PricerRegistry(), new Prices(prices));
    List<Hint> out = new ArrayList<>();
    for (int i = 0; i < shown.projects().size(); i++) {
      ProjectResult.Estimated e = estimated.get(i);
      out.addAll(advisor.advise(shown.projects().get(i), e.usage(), shown.currency(), e.references()));
    }
    return out;
  }

  private static List<PipelineOutcome.Total> totals(Estimate e) {
    List<PipelineOutcome.Total> out = new ArrayList<>();
    for (ProjectEstimate p : e.projects()) {
      out.add(new PipelineOutcome.Total(p.name(), p.pastMonthly(), p.currentMonthly()));
    }
    return out;
  }
}

package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.rolemodel.Decision;

/**
 * The decision rules of {@link Classifier} on already computed numbers.
 *
 * <p>Confidence means "how clearly": for {@code INSUFFICIENT_DATA} and {@code NOT_BACKEND} how far
 * below the bar the profile stays; for a role, its score scaled by the margin over the other role
 * ({@code marginWeight} of it); for {@code HYBRID}, the weaker score scaled by how close both are.
 */
record Verdict(CandidateRole role, double confidence) {

    static Verdict decide(Decision d, int words, double coreSum, double engineer, double developer) {
        if (words < d.minWords()) {
            return new Verdict(CandidateRole.INSUFFICIENT_DATA, 1 - (double) words / d.minWords());
        }
        double top = Math.max(engineer, developer);
        coreSum = Math.max(0, coreSum); // work elsewhere can outweigh the core: no further below the bar than none
        boolean notCore = coreSum < d.minCoreWeight();
        boolean noRole = top < d.minRoleScore();
        if (notCore || noRole) {
            double belowCore = notCore ? 1 - coreSum / d.minCoreWeight() : 0;
            double belowRole = noRole ? 1 - top / d.minRoleScore() : 0;
            return new Verdict(CandidateRole.NOT_BACKEND, Math.max(belowCore, belowRole));
        }
        double gap = Math.abs(engineer - developer);
        double low = Math.min(engineer, developer);
        if (gap == 0 || (low >= d.hybridMinScore() && gap <= d.hybridMaxGap())) {
            return new Verdict(CandidateRole.HYBRID, low * (1 - gap));
        }
        double margin = gap / top;
        double confidence = top * ((1 - d.marginWeight()) + d.marginWeight() * margin);
        return new Verdict(engineer > developer ? CandidateRole.BACKEND_ENGINEER : CandidateRole.BACKEND_DEVELOPER,
                confidence);
    }
}

package io.recruitflow.classifier.rolemodel;

/**
 * The thresholds that turn scores into a verdict. They live in the role-model file, not in code, so
 * tuning them is a reviewed data change that also changes the model version.
 *
 * @param saturation     summed weight at which a score reaches 1 - 1/e; score = 1 - exp(-sum / saturation)
 * @param minWords       fewer words than this across all readable fields: INSUFFICIENT_DATA
 * @param minCoreWeight  summed weight of backend-core signals needed to count as backend at all
 * @param minRoleScore   a role score below this does not claim the role (NOT_BACKEND if neither does)
 * @param hybridMinScore both role scores at least this ...
 * @param hybridMaxGap   ... and at most this far apart: HYBRID
 * @param marginWeight   share of the confidence that comes from the margin over the other role
 */
public record Decision(double saturation, int minWords, double minCoreWeight, double minRoleScore,
        double hybridMinScore, double hybridMaxGap, double marginWeight) {
}
